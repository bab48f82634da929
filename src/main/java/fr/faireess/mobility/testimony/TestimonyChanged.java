package fr.faireess.mobility.testimony;

import fr.faireess.mobility.testimony.TestimonyStatus.By;

/**
 * Fired inside the transaction of every status change of a testimony, so that observers (the
 * notification e-mails) commit or roll back with the change itself.
 *
 * @param message the coordinator's message to the authors, if any
 * @param reason  why the system moved it (only for {@link By#SYSTEM} moves)
 * @param person  whose consent is missing (only for {@link By#SYSTEM} moves)
 */
public record TestimonyChanged(long testimonyId, TestimonyStatus from, TestimonyStatus to, By by, String message,
                               Reason reason, String person) {

    /** Why the system took a testimony off the showcase. */
    public enum Reason {
        /** Someone withdrew their consent or narrowed it to other media. */
        CONSENT_WITHDRAWN,
        /** The period of a consent the web needs has ended. */
        CONSENT_EXPIRED;

        /** What the audit entry says. */
        String auditDetail() {
            return name();
        }
    }
}
