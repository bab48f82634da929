package fr.faireess.mobility.platform.web;

import java.util.function.Supplier;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * How a page's action meets a refusal of the rules: the service's {@link BusinessException} becomes
 * a message next to the form (or the field it names) and the page stays as it was, with what the
 * person typed. One place for what every backing bean used to write as its own try/catch.
 */
public final class PageAction {

    private static final Runnable NOTHING = () -> { };

    private PageAction() {
    }

    /** The action's outcome, or null (stay on the page) when the rules refused it. */
    public static String run(String formId, Supplier<String> action) {
        return run(formId, action, NOTHING);
    }

    /** As {@link #run(String, Supplier)}, forgetting what {@code onRefusal} clears before the page shows again. */
    public static String run(String formId, Supplier<String> action, Runnable onRefusal) {
        try {
            return action.get();
        } catch (BusinessException e) {
            onRefusal.run();
            Messages.show(e, formId);
            return null;
        }
    }

    /** For actions without an outcome: true when it went through, false when refused (the message is shown). */
    public static boolean attempt(String formId, Runnable action) {
        return attempt(formId, action, NOTHING);
    }

    public static boolean attempt(String formId, Runnable action, Runnable onRefusal) {
        try {
            action.run();
            return true;
        } catch (BusinessException e) {
            onRefusal.run();
            Messages.show(e, formId);
            return false;
        }
    }
}
