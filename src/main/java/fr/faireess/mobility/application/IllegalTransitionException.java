package fr.faireess.mobility.application;

import fr.faireess.mobility.platform.error.BusinessException;

/** A move the state machine does not allow, for this state or for this person. */
public class IllegalTransitionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(ApplicationStatus from, ApplicationStatus to) {
        super("application.transition.refused", from.name(), to.name());
    }
}
