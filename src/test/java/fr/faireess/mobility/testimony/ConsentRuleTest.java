package fr.faireess.mobility.testimony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.testimony.ConsentRule.Author;
import fr.faireess.mobility.testimony.ConsentRule.Consent;
import fr.faireess.mobility.testimony.ConsentRule.Missing;

class ConsentRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final List<Author> TWO_AUTHORS = List.of(new Author(1, "Emma Garcia"), new Author(2, "Théo Mercier"));

    private static Consent author(long id, boolean web, LocalDate until, boolean withdrawn) {
        return new Consent(PersonKind.AUTHOR, id, "author " + id, web, until, withdrawn);
    }

    private static Consent other(PersonKind kind, String name, boolean web, LocalDate until, boolean withdrawn) {
        return new Consent(kind, null, name, web, until, withdrawn);
    }

    private static Optional<Missing> missing(List<Consent> consents) {
        return ConsentRule.missingForWeb(TWO_AUTHORS, consents, TODAY);
    }

    @Test
    void everyAuthorConsentingForTheWebWithinThePeriodAllowsPublication() {
        assertThat(missing(List.of(author(1, true, TODAY, false), author(2, true, TODAY.plusYears(2), false)))).isEmpty();
    }

    @ParameterizedTest(name = "second author web={0} until={1} withdrawn={2}")
    @CsvSource({
            "false, 2030-01-01, false",
            "true,  2026-11-27, false",
            "true,  2030-01-01, true"})
    void anAuthorWithoutAValidWebConsentBlocksPublication(boolean web, LocalDate until, boolean withdrawn) {
        assertThat(missing(List.of(author(1, true, TODAY, false), author(2, web, until, withdrawn))))
                .contains(new Missing("testimony.consent.missingAuthor", "Théo Mercier"));
    }

    @Test
    void anAuthorWhoNeverConsentedBlocksPublication() {
        assertThat(missing(List.of(author(1, true, TODAY, false))))
                .contains(new Missing("testimony.consent.missingAuthor", "Théo Mercier"));
        assertThat(missing(List.of())).contains(new Missing("testimony.consent.missingAuthor", "Emma Garcia"));
    }

    @Test
    void anotherAuthorsConsentDoesNotCount() {
        assertThat(missing(List.of(author(1, true, TODAY, false), author(3, true, TODAY, false)))).isPresent();
    }

    @ParameterizedTest(name = "{0} web={1} until={2} withdrawn={3} → blocks {4}")
    @CsvSource({
            "THIRD_PARTY, true,  2027-06-30, false, false",
            "GUARDIAN,    true,  2027-06-30, false, false",
            "THIRD_PARTY, false, 2027-06-30, false, true",
            "GUARDIAN,    true,  2026-11-27, false, true",
            "GUARDIAN,    true,  2027-06-30, true,  true"})
    void everyThirdPartyOrGuardianRecordedNeedsAValidWebConsent(PersonKind kind, boolean web, LocalDate until,
                                                                  boolean withdrawn, boolean blocks) {
        List<Consent> consents = List.of(author(1, true, TODAY, false), author(2, true, TODAY, false),
                other(kind, "Joan Puig", web, until, withdrawn));
        assertThat(missing(consents).isPresent()).isEqualTo(blocks);
        missing(consents).ifPresent(m -> assertThat(m).isEqualTo(new Missing("testimony.consent.missingThirdParty", "Joan Puig")));
    }

    @Test
    void aNewSignedFormSupersedesAWithdrawnOrExpiredOneForTheSamePerson() {
        Consent withdrawn = other(PersonKind.GUARDIAN, "Pau Vidal", true, TODAY.plusYears(1), true);
        Consent renewed = other(PersonKind.GUARDIAN, " pau vidal ", true, TODAY.plusYears(2), false);
        Consent expired = other(PersonKind.THIRD_PARTY, "Joan Puig", true, TODAY.minusDays(1), false);
        Consent authors1 = author(1, true, TODAY, false);
        Consent authors2 = author(2, true, TODAY, false);
        assertThat(missing(List.of(authors1, authors2, withdrawn, renewed))).isEmpty();
        assertThat(missing(List.of(authors1, authors2, renewed, withdrawn)))
                .contains(new Missing("testimony.consent.missingThirdParty", "Pau Vidal"));
        assertThat(missing(List.of(authors1, authors2, withdrawn, renewed, expired)))
                .contains(new Missing("testimony.consent.missingThirdParty", "Joan Puig"));
    }

    // ---------------------------------------------------------------- periods: how long it may stay on the web

    @Test
    void aTestimonyStaysOnTheWebUntilTheEarliestEndAmongTheConsentsThatCount() {
        LocalDate spring = LocalDate.of(2027, 3, 31);
        List<Consent> consents = List.of(
                author(1, true, TODAY.plusYears(5), false),
                author(2, true, TODAY.plusYears(1), false),
                author(2, false, TODAY.plusYears(9), false),                                        // not for the web
                other(PersonKind.GUARDIAN, "Pau Vidal", true, TODAY.plusDays(3), true),             // superseded
                other(PersonKind.GUARDIAN, "Pau Vidal", true, spring, false));
        assertThat(ConsentRule.webValidUntil(TWO_AUTHORS, consents, TODAY)).contains(spring);
        assertThat(ConsentRule.webValidUntil(TWO_AUTHORS, consents, spring)).contains(spring);
        assertThat(ConsentRule.webValidUntil(TWO_AUTHORS, consents, spring.plusDays(1))).isEmpty();
    }

    @Test
    void anAuthorsLongestValidConsentCountsAndNothingIsShownOnceOneIsMissing() {
        List<Consent> renewed = List.of(author(1, true, TODAY.plusDays(1), false), author(1, true, TODAY.plusYears(2), false),
                author(2, true, TODAY.plusYears(3), false));
        assertThat(ConsentRule.webValidUntil(TWO_AUTHORS, renewed, TODAY)).contains(TODAY.plusYears(2));
        assertThat(ConsentRule.webValidUntil(TWO_AUTHORS, List.of(author(1, true, TODAY.plusYears(2), false)), TODAY)).isEmpty();
        assertThat(ConsentRule.webValidUntil(TWO_AUTHORS,
                List.of(author(1, true, TODAY.plusYears(2), false), author(2, true, TODAY.plusYears(2), true)), TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "consents until {0}, today {1} → shown {2}")
    @CsvSource(nullValues = "-", value = {
            "2027-01-31, 2027-01-30, true",
            "2027-01-31, 2027-01-31, true",
            "2027-01-31, 2027-02-01, false",
            "-,          2027-01-01, false"})
    void aPublishedTestimonyIsShownUpToAndIncludingTheLastDayOfItsConsents(LocalDate until, LocalDate today, boolean shown) {
        assertThat(ConsentRule.shownOn(until, today)).isEqualTo(shown);
    }

    @Test
    void publicationIsRefusedWhenAConsentEndedYesterdayButNotWhenItEndsToday() {
        List<Consent> endsToday = List.of(author(1, true, TODAY, false), author(2, true, TODAY, false));
        assertThat(missing(endsToday)).isEmpty();
        assertThat(ConsentRule.missingForWeb(TWO_AUTHORS, endsToday, TODAY.plusDays(1)))
                .contains(new Missing("testimony.consent.missingAuthor", "Emma Garcia"));
    }

    // ---------------------------------------------------------------- the form

    private static ConsentForm form(PersonKind kind, String name, String signedBy, boolean web, boolean print,
                                    LocalDate givenOn, LocalDate until) {
        ConsentForm form = new ConsentForm();
        form.setKind(kind);
        form.setPersonName(name);
        form.setSignedBy(signedBy);
        form.setWeb(web);
        form.setPrint(print);
        form.setEvent(false);
        form.setGivenOn(givenOn);
        form.setValidUntil(until);
        return form;
    }

    private static String problem(ConsentForm form, boolean forSomeoneElse) {
        return ConsentRule.formProblem(form, forSomeoneElse, TODAY).map(e -> e.field().orElse("") + ":" + e.messageKey()).orElse("ok");
    }

    @Test
    void anAuthorsOwnConsentNeedsAMediumAndAnEndDateNotPast() {
        assertThat(problem(form(null, null, null, true, false, null, TODAY.plusYears(5)), false)).isEqualTo("ok");
        assertThat(problem(form(null, null, null, false, true, null, TODAY), false)).isEqualTo("ok");
        assertThat(problem(form(null, null, null, false, false, null, TODAY), false)).isEqualTo("media:testimony.consent.media.required");
        assertThat(problem(form(null, null, null, true, false, null, null), false)).isEqualTo("validUntil:testimony.consent.validUntil.required");
        assertThat(problem(form(null, null, null, true, false, null, TODAY.minusDays(1)), false)).isEqualTo("validUntil:testimony.consent.validUntil.past");
    }

    @ParameterizedTest(name = "{0} {1} signed by {2}, given {3}, until {4} → {5}")
    @CsvSource(nullValues = "-", value = {
            "THIRD_PARTY, Joan Puig, -,          2026-11-01, 2028-11-01, ok",
            "GUARDIAN,    Pau Vidal, Marta Vidal, 2026-11-01, 2028-11-01, ok",
            "GUARDIAN,    Pau Vidal, -,          2026-11-01, 2028-11-01, signedBy:testimony.consent.signedBy.required",
            "THIRD_PARTY, -,         -,          2026-11-01, 2028-11-01, personName:testimony.consent.personName.required",
            "AUTHOR,      Joan Puig, -,          2026-11-01, 2028-11-01, kind:testimony.consent.kind.required",
            "THIRD_PARTY, Joan Puig, -,          -,          2028-11-01, givenOn:testimony.consent.givenOn.required",
            "THIRD_PARTY, Joan Puig, -,          2026-11-29, 2028-11-01, givenOn:testimony.consent.givenOn.future",
            "THIRD_PARTY, Joan Puig, -,          2026-11-01, 2026-10-01, validUntil:testimony.consent.validUntil.past"})
    void aConsentRecordedByTheCoordinatorSaysWhoWhenAndUntilWhen(PersonKind kind, String name, String signedBy,
                                                                 LocalDate givenOn, LocalDate until, String expected) {
        assertThat(problem(form(kind, name, signedBy, true, false, givenOn, until), true)).isEqualTo(expected);
    }

    @Test
    void aNameLongerThanTheColumnIsRefused() {
        Optional<BusinessException> problem = ConsentRule.formProblem(
                form(PersonKind.THIRD_PARTY, "x".repeat(161), null, true, false, TODAY, TODAY), true, TODAY);
        assertThat(problem).hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("field.tooLong"));
    }
}
