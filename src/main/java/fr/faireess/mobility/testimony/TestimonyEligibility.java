package fr.faireess.mobility.testimony;

import java.time.LocalDate;

/**
 * May a student write a testimony about a mobility? Once it has begun: an application selected whose
 * desired start date has come (today), or — when placements exist — a placement in progress or
 * completed. The input is a small record so that any source of mobility facts can feed it.
 */
public final class TestimonyEligibility {

    /** Where the mobility stands. */
    public enum Stage {
        /** Not (or no longer) going: applied, refused, withdrawn... */
        NOT_GOING,
        /** Selected: going once the start date comes. */
        SELECTED,
        /** A placement under way (placements feature). */
        IN_PROGRESS,
        /** A placement finished (placements feature). */
        COMPLETED
    }

    /** The facts about one mobility the rule needs. Dates may be null when unknown. */
    public record MobilityFacts(Stage stage, LocalDate startOn, LocalDate endOn, LocalDate today) {
    }

    private TestimonyEligibility() {
    }

    public static boolean mayWrite(MobilityFacts facts) {
        return switch (facts.stage()) {
            case IN_PROGRESS, COMPLETED -> true;
            case SELECTED -> facts.startOn() != null && !facts.startOn().isAfter(facts.today());
            case NOT_GOING -> false;
        };
    }
}
