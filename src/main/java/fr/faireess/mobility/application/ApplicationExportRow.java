package fr.faireess.mobility.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One application of the review list as the export writes it: the values a selection committee
 * reads, and nothing else — no motivation, no wish reasons, no documents, and of the fewer
 * opportunities only the flag (the reason is never stored anyway).
 */
public record ApplicationExportRow(String lastName, String firstName, String email, String campus, String programme,
                                   Integer studyYear, String call, ApplicationStatus status, Instant submittedAt,
                                   Integer score, boolean fewerOpportunities, List<Wish> wishes, LocalDate startOn,
                                   LocalDate endOn, String workingLanguage, CefrLevel cefrLevel) {

    public ApplicationExportRow {
        wishes = List.copyOf(wishes);
    }

    /**
     * A destination wish, in rank order: a directory host ({@code hostName} and its city), or the
     * student's own proposal ({@code hostName} null: a country and maybe a city).
     */
    public record Wish(String hostName, String city, String countryCode) {
    }
}
