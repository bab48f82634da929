package fr.faireess.mobility.placement;

/**
 * What a placement waits for next, as its page's header tells the coordinator, with the tab of the
 * page where it is done. One rule, read from the placement's state, its current agreement, its
 * pre-departure checklist and its certificate.
 */
public enum PlacementNextStep {
    COMPLETE_AGREEMENT(PlacementTab.AGREEMENT),
    COLLECT_SIGNATURES(PlacementTab.AGREEMENT),
    /** The state moves are on the overview, with the placement's facts they change. */
    CONFIRM(PlacementTab.OVERVIEW),
    PREPARE_DEPARTURE(PlacementTab.DEPARTURE),
    AWAIT_CERTIFICATE(PlacementTab.CERTIFICATE),
    DONE(PlacementTab.GRANT),
    STOPPED(PlacementTab.HISTORY);

    private final PlacementTab tab;

    PlacementNextStep(PlacementTab tab) {
        this.tab = tab;
    }

    /** The tab of the page where the step is taken. */
    public PlacementTab tab() {
        return tab;
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
