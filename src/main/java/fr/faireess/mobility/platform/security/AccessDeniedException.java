package fr.faireess.mobility.platform.security;

/**
 * A service was asked to act for someone whose roles do not allow it. Pages never offer such an
 * action, so reaching this means a forged request or a programming error: the exception handler
 * answers 403 and the service changes nothing (it is a runtime exception, the transaction rolls back).
 */
public class AccessDeniedException extends SecurityException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
