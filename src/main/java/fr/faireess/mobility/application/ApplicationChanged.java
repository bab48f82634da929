package fr.faireess.mobility.application;

/**
 * Fired inside the transaction of every status change and comment, so that observers (the
 * notification e-mail) commit or roll back with the change itself.
 */
public record ApplicationChanged(long applicationId, ApplicationStatus from, ApplicationStatus to, String message,
                                 Kind kind) {

    public enum Kind { STATUS, COMMENT }
}
