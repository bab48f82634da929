package fr.faireess.mobility.privacy;

import java.time.LocalDate;
import java.util.List;

import fr.faireess.mobility.application.ApplicationStatus;

/**
 * What the retention rule needs to know about one application, read from the database.
 *
 * @param callClosedOn the day (Paris) the call closed or closes: early closing if any, else its deadline
 * @param desiredEnd the end of the period the student asked for (may be null)
 * @param placementEnds the last day of each placement made from the application ({@link RetentionRule#placementEnd})
 */
public record ApplicationFacts(ApplicationStatus status, LocalDate callClosedOn, LocalDate desiredEnd,
                               List<LocalDate> placementEnds) {

    public ApplicationFacts {
        placementEnds = List.copyOf(placementEnds);
    }
}
