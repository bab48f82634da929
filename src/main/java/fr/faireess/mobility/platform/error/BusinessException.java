package fr.faireess.mobility.platform.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule refused what the user asked for. Carries a resource-bundle key (never a sentence) so the
 * page can show the message in the user's language, and optionally the form field it belongs to.
 * Thrown before anything is written, or it rolls the transaction back: nothing is saved half-way.
 */
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;
    private final List<BusinessException> more = new ArrayList<>();

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The form field (component id) the message belongs next to, if any. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * Further problems of the same form, reported together with this one so that the user sees every
     * field to correct at once rather than one per attempt. Returns this exception.
     */
    public BusinessException with(List<BusinessException> others) {
        others.stream().filter(o -> o != this).forEach(more::add);
        return this;
    }

    /** This problem followed by the further ones, in the order of the form. */
    public List<BusinessException> all() {
        List<BusinessException> all = new ArrayList<>();
        all.add(this);
        all.addAll(more);
        return all;
    }
}
