package fr.faireess.mobility.testimony;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import fr.faireess.mobility.platform.error.FieldLimits;

/**
 * Whether a testimony may be shown on the public (web) showcase as far as consent goes: every
 * student author has consented for the web and the period has not ended, and every third party or
 * guardian recorded has a valid web consent too. A withdrawn consent counts as none. Records come in
 * the order they were made: for a third party (known by name), the latest record is the one that
 * counts, so a new signed form supersedes a withdrawn or expired one.
 */
public final class ConsentRule {

    /** What the rule needs to know of one consent record. */
    public record Consent(PersonKind kind, Long accountId, String personName, boolean web,
                          LocalDate validUntil, boolean withdrawn) {

        /** Valid for the web on {@code today}. */
        public boolean validForWeb(LocalDate today) {
            return !withdrawn && web && validUntil != null && !validUntil.isBefore(today);
        }
    }

    /** Why publication is blocked: a bundle key and the person it is about. */
    public record Missing(String messageKey, String person) {
    }

    private ConsentRule() {
    }

    /**
     * The first missing consent, or empty if the testimony may go on the web.
     *
     * @param authors the student authors (owner and co-authors)
     * @param consents every record of the testimony, oldest first
     */
    public static Optional<Missing> missingForWeb(Collection<Author> authors, List<Consent> consents, LocalDate today) {
        for (Author author : authors) {
            if (bestOf(author, consents, today).isEmpty()) {
                return Optional.of(new Missing("testimony.consent.missingAuthor", author.name()));
            }
        }
        return latestOfOthers(consents).stream().filter(c -> !c.validForWeb(today)).findFirst()
                .map(c -> new Missing("testimony.consent.missingThirdParty", c.personName()));
    }

    /**
     * The last day the testimony may stay on the web as far as consent goes — the earliest end among
     * the consents that count (each author's longest valid one, each other person's latest record) —
     * or empty when one is already missing {@code today}. The public showcase shows a published
     * testimony only while this day is today or later (Europe/Paris), so an expiry takes effect at
     * midnight without waiting for any job.
     */
    public static Optional<LocalDate> webValidUntil(Collection<Author> authors, List<Consent> consents, LocalDate today) {
        if (missingForWeb(authors, consents, today).isPresent()) {
            return Optional.empty();
        }
        LocalDate until = null;
        for (Author author : authors) {
            until = earliest(until, bestOf(author, consents, today).orElseThrow().validUntil());
        }
        for (Consent other : latestOfOthers(consents)) {
            until = earliest(until, other.validUntil());
        }
        return Optional.ofNullable(until);
    }

    /** Whether a testimony whose consents last until {@code webValidUntil} may be shown on {@code today}. */
    public static boolean shownOn(LocalDate webValidUntil, LocalDate today) {
        return webValidUntil != null && !webValidUntil.isBefore(today);
    }

    /** The author's valid web consent that lasts longest, if any. */
    private static Optional<Consent> bestOf(Author author, List<Consent> consents, LocalDate today) {
        return consents.stream()
                .filter(c -> c.kind() == PersonKind.AUTHOR && Objects.equals(c.accountId(), author.accountId()))
                .filter(c -> c.validForWeb(today))
                .max(java.util.Comparator.comparing(Consent::validUntil));
    }

    /** For each third party or guardian (known by name), the latest record: it supersedes earlier ones. */
    private static Collection<Consent> latestOfOthers(List<Consent> consents) {
        Map<String, Consent> latestByPerson = new LinkedHashMap<>();
        for (Consent consent : consents) {
            if (consent.kind() != PersonKind.AUTHOR) {
                String person = consent.personName().strip().toLowerCase(Locale.ROOT);
                latestByPerson.remove(person);
                latestByPerson.put(person, consent);
            }
        }
        return latestByPerson.values();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /**
     * What a consent form must hold: at least one medium, an end date not yet past and not before
     * the date it was given; recorded by a coordinator, also the person's name, the date it was
     * given (not in the future) and, for a minor, the guardian who signed.
     */
    public static Optional<fr.faireess.mobility.platform.error.BusinessException> formProblem(
            ConsentForm form, boolean recordedForSomeoneElse, LocalDate today) {
        if (recordedForSomeoneElse) {
            if (form.getKind() == null || form.getKind() == PersonKind.AUTHOR) {
                return fail("kind", "testimony.consent.kind.required");
            }
            if (form.getPersonName() == null || form.getPersonName().isBlank()) {
                return fail("personName", "testimony.consent.personName.required");
            }
            // The names' size is the form's limit (@Size on ConsentForm, NAME_MAX).
            Optional<fr.faireess.mobility.platform.error.BusinessException> limit = FieldLimits.firstViolation(form);
            if (limit.isPresent()) {
                return limit;
            }
            if (form.getKind() == PersonKind.GUARDIAN && (form.getSignedBy() == null || form.getSignedBy().isBlank())) {
                return fail("signedBy", "testimony.consent.signedBy.required");
            }
            if (form.getGivenOn() == null) {
                return fail("givenOn", "testimony.consent.givenOn.required");
            }
            if (form.getGivenOn().isAfter(today)) {
                return fail("givenOn", "testimony.consent.givenOn.future");
            }
        }
        if (!form.isWeb() && !form.isPrint() && !form.isEvent()) {
            return fail("media", "testimony.consent.media.required");
        }
        if (form.getValidUntil() == null) {
            return fail("validUntil", "testimony.consent.validUntil.required");
        }
        if (form.getValidUntil().isBefore(today)
                || (form.getGivenOn() != null && form.getValidUntil().isBefore(form.getGivenOn()))) {
            return fail("validUntil", "testimony.consent.validUntil.past");
        }
        return Optional.empty();
    }

    private static Optional<fr.faireess.mobility.platform.error.BusinessException> fail(String field, String key) {
        return Optional.of(new fr.faireess.mobility.platform.error.BusinessException(field, key));
    }

    /** A student author of the testimony. */
    public record Author(long accountId, String name) {
    }
}
