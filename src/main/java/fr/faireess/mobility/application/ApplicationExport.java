package fr.faireess.mobility.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.ErasmusDuration;

/**
 * The columns of the review list's export, in the reader's language: headers from the resource
 * bundles, a status as its label, yes/no as words, wishes as places. Plain Java: {@code countryName}
 * gives a country's name in the reader's language from its code.
 */
public final class ApplicationExport {

    static final List<String> HEADER_KEYS = List.of("review.export.lastName", "review.export.firstName",
            "review.export.email", "review.export.campus", "review.export.programme", "review.export.studyYear",
            "review.export.call", "review.export.status", "review.export.submittedOn", "review.export.score",
            "review.export.fewerOpportunities", "review.export.wish1", "review.export.wish2", "review.export.wish3",
            "review.export.startOn", "review.export.endOn", "review.export.days", "review.export.language",
            "review.export.cefrLevel");

    private final Locale locale;
    private final Function<String, String> countryName;

    public ApplicationExport(Locale locale, Function<String, String> countryName) {
        this.locale = locale;
        this.countryName = countryName;
    }

    public String sheetName() {
        return text("review.export.sheet");
    }

    public List<String> header() {
        return HEADER_KEYS.stream().map(this::text).toList();
    }

    /**
     * One row of cells (String, Integer or LocalDate; null for an empty cell), in {@link #header()}'s
     * order. The submission day is the schools' day (Paris), whatever the server's zone.
     */
    public List<Object> row(ApplicationExportRow a) {
        List<Object> row = new ArrayList<>();
        row.add(a.lastName());
        row.add(a.firstName());
        row.add(a.email());
        row.add(a.campus());
        row.add(a.programme());
        row.add(a.studyYear());
        row.add(a.call());
        row.add(text(a.status().labelKey()));
        row.add(a.submittedAt() == null ? null : LocalDate.ofInstant(a.submittedAt(), SchoolTime.ZONE));
        row.add(a.score());
        row.add(text(a.fewerOpportunities() ? "common.yes" : "common.no"));
        for (int rank = 0; rank < ApplicationForm.WISHES; rank++) {
            row.add(rank < a.wishes().size() ? wish(a.wishes().get(rank)) : null);
        }
        row.add(a.startOn());
        row.add(a.endOn());
        row.add(days(a.startOn(), a.endOn()));
        row.add(a.workingLanguage() == null ? null : text("lang." + a.workingLanguage()));
        row.add(a.cefrLevel() == null ? null : a.cefrLevel().name());
        return row;
    }

    /** A directory host as "name — city"; the student's own proposal as such, with its country and city. */
    String wish(ApplicationExportRow.Wish wish) {
        if (wish.hostName() != null) {
            return wish.city() == null ? wish.hostName() : wish.hostName() + " — " + wish.city();
        }
        String country = countryName.apply(wish.countryCode());
        return wish.city() == null || wish.city().isBlank() ? text("review.export.ownProposal", country)
                : text("review.export.ownProposalCity", country, wish.city());
    }

    /** The desired period in Erasmus+ days (30-day months), when both ends are given and in order. */
    static Integer days(LocalDate start, LocalDate end) {
        return start == null || end == null || end.isBefore(start) ? null : ErasmusDuration.days(start, end);
    }

    private String text(String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
