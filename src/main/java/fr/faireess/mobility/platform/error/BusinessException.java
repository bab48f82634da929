package fr.faireess.mobility.platform.error;

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
}
