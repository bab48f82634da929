package fr.faireess.mobility.testimony;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.FieldLimits;

/**
 * What a testimony form must hold: to be saved as a draft (a type and a title, nothing too long, a
 * safe link), and to be submitted (also a summary, a language, and a link or a file). Text is kept
 * as typed — markup included — and always shown escaped.
 */
public final class TestimonyCheck {

    public static final List<String> LANGUAGES = List.of("fr", "en", "es", "ca", "it", "pt", "de", "nl", "ro", "pl",
            "el", "sv", "ar", "other");

    private TestimonyCheck() {
    }

    public static Optional<BusinessException> draftProblem(TestimonyForm form) {
        if (form.getType() == null) {
            return fail("type", "testimony.type.required");
        }
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            return fail("title", "testimony.title.required");
        }
        // The texts' sizes are the form's limits (@Size on TestimonyForm).
        Optional<BusinessException> limit = FieldLimits.firstViolation(form);
        if (limit.isPresent()) {
            return limit;
        }
        if (form.getLanguage() != null && !LANGUAGES.contains(form.getLanguage())) {
            return fail("language", "testimony.language.unknown");
        }
        Optional<String> link = UrlRule.refusal(form.getLink());
        if (link.isPresent()) {
            return fail("link", link.get(), UrlRule.MAX_LENGTH);
        }
        return Optional.empty();
    }

    /** Submitting also needs a summary, a language, and something to see: a link or a file. */
    public static Optional<BusinessException> submitProblem(TestimonyForm form, boolean hasFile) {
        Optional<BusinessException> draft = draftProblem(form);
        if (draft.isPresent()) {
            return draft;
        }
        if (form.getSummary() == null || form.getSummary().isBlank()) {
            return fail("summary", "testimony.summary.required");
        }
        if (form.getLanguage() == null) {
            return fail("language", "testimony.language.required");
        }
        if ((form.getLink() == null || form.getLink().isBlank()) && !hasFile) {
            return fail("link", "testimony.link.orFileRequired");
        }
        return Optional.empty();
    }

    /** The co-authors' addresses typed, lower-cased, without duplicates. */
    public static List<String> coAuthorEmails(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;\\s]+"))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    private static Optional<BusinessException> fail(String field, String key, Object... args) {
        return Optional.of(new BusinessException(field, key, args));
    }
}
