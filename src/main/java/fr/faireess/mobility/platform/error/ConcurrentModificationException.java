package fr.faireess.mobility.platform.error;

/**
 * Someone else saved the same record since this user loaded it. Their change is kept; this user is
 * told and reloads, instead of silently overwriting it.
 */
public class ConcurrentModificationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentModificationException() {
        super("error.concurrentModification");
    }
}
