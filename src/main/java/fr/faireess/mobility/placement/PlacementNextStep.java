package fr.faireess.mobility.placement;

/**
 * What a placement waits for next, as its page's header tells the coordinator, with the section of
 * the page where it is done. One rule, read from the placement's state, its current agreement, its
 * pre-departure checklist and its certificate.
 */
public enum PlacementNextStep {
    COMPLETE_AGREEMENT("agreement"),
    COLLECT_SIGNATURES("agreement"),
    CONFIRM("actions"),
    PREPARE_DEPARTURE("departure"),
    AWAIT_CERTIFICATE("certificate"),
    DONE("grant"),
    STOPPED("history");

    private final String section;

    PlacementNextStep(String section) {
        this.section = section;
    }

    /** The id of the page's section (without the {@code step-} prefix) where the step is taken. */
    public String section() {
        return section;
    }

    public String labelKey() {
        return "placement.next." + name();
    }

    /**
     * @param agreement where the current agreement version stands
     * @param departureReady every item of the pre-departure checklist is done
     * @param certified the traineeship certificate is recorded
     */
    public static PlacementNextStep of(PlacementState state, PendingSignatures agreement, boolean departureReady,
                                       boolean certified) {
        return switch (state) {
            case CANCELLED, INTERRUPTED -> certified ? DONE : STOPPED;
            case COMPLETED -> certified ? DONE : AWAIT_CERTIFICATE;
            case IN_PROGRESS -> certified ? DONE : AWAIT_CERTIFICATE;
            case CONFIRMED -> departureReady ? AWAIT_CERTIFICATE : PREPARE_DEPARTURE;
            case PROPOSED -> !agreement.complete() ? COMPLETE_AGREEMENT
                    : agreement.signedByAll() ? CONFIRM : COLLECT_SIGNATURES;
        };
    }
}
