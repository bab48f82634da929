package fr.faireess.mobility.home;

import fr.faireess.mobility.application.ApplicationStatus;

/**
 * The main button next to a call the student applied to, following their file: a file still in the
 * student's hands is continued; a file with the school is looked at; a selected one leads to the
 * placement once created, else to the file's next step.
 */
public enum StudentMainAction {
    CONTINUE("call.open.continue"),
    SEE_FILE("home.action.seeFile"),
    NEXT_STEP("home.action.nextStep"),
    SEE_PLACEMENT("home.action.myPlacement");

    private final String labelKey;

    StudentMainAction(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }

    public static StudentMainAction of(ApplicationStatus status, boolean hasPlacement) {
        return switch (status) {
            case DRAFT, CHANGES_REQUESTED -> CONTINUE;
            case SELECTED -> hasPlacement ? SEE_PLACEMENT : NEXT_STEP;
            case SUBMITTED, WAITLISTED, REJECTED, WITHDRAWN -> SEE_FILE;
        };
    }
}
