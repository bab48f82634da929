package fr.faireess.mobility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.platform.error.BusinessException;

class ApplicationRulesTest {

    private static final String MOTIVATION = "Je souhaite découvrir le travail social en Catalogne. ".repeat(5);

    private static ApplicationForm complete() {
        ApplicationForm form = new ApplicationForm();
        form.getWishes().get(0).setHostId(12L);
        form.getWishes().get(1).setCountryCode("BE");
        form.getWishes().get(1).setCity("Liège");
        form.setStartOn(LocalDate.of(2027, 2, 1));
        form.setEndOn(LocalDate.of(2027, 4, 30));
        form.setWorkingLanguage("es");
        form.setCefrLevel(CefrLevel.B1);
        form.setMotivation(MOTIVATION);
        return form;
    }

    private static final Set<DocumentKind> BOTH = EnumSet.allOf(DocumentKind.class);

    private static void assertProblem(Optional<BusinessException> problem, String field, String key) {
        assertThat(problem).isPresent();
        assertThat(problem.get().field()).contains(field);
        assertThat(problem.get().messageKey()).isEqualTo(key);
    }

    @Test
    void aCompleteFileCanBeSubmitted() {
        assertThat(ApplicationRules.submitProblem(complete(), BOTH)).isEmpty();
    }

    @Test
    void anEmptyDraftCanBeSavedButNotSubmitted() {
        ApplicationForm empty = new ApplicationForm();
        assertThat(ApplicationRules.draftProblem(empty)).isEmpty();
        assertProblem(ApplicationRules.submitProblem(empty, BOTH), "wish1Host", "application.wishes.required");
    }

    @Test
    void anEndBeforeTheStartIsRefusedEvenInADraft() {
        ApplicationForm form = complete();
        form.setEndOn(LocalDate.of(2027, 1, 15));
        assertProblem(ApplicationRules.draftProblem(form), "endOn", "application.period.endBeforeStart");
    }

    @Test
    void aFortyFiveDayPeriodIsTooShortAndSaysSo() {
        ApplicationForm form = complete();
        form.setStartOn(LocalDate.of(2027, 3, 1));
        form.setEndOn(LocalDate.of(2027, 4, 15));
        Optional<BusinessException> problem = ApplicationRules.draftProblem(form);
        assertProblem(problem, "endOn", "application.period.tooShort");
        assertThat(problem.get().arguments()).containsExactly(45, 60);
    }

    @Test
    void sixtyDaysAndTwelveMonthsAreTheLimitsIncluded() {
        ApplicationForm form = complete();
        form.setStartOn(LocalDate.of(2026, 9, 1));
        form.setEndOn(LocalDate.of(2026, 10, 30));
        assertThat(ApplicationRules.draftProblem(form)).isEmpty();
        form.setEndOn(LocalDate.of(2027, 8, 31));
        assertThat(ApplicationRules.draftProblem(form)).isEmpty();
        form.setEndOn(LocalDate.of(2027, 9, 1));
        assertProblem(ApplicationRules.draftProblem(form), "endOn", "application.period.tooLong");
    }

    @Test
    void wishesAreFilledInOrderWithoutTheSameHostTwice() {
        ApplicationForm gap = new ApplicationForm();
        gap.getWishes().get(1).setCountryCode("IT");
        assertProblem(ApplicationRules.draftProblem(gap), "wish2Host", "application.wish.gap");

        ApplicationForm twice = complete();
        twice.getWishes().get(1).setCountryCode(null);
        twice.getWishes().get(1).setHostId(12L);
        assertProblem(ApplicationRules.draftProblem(twice), "wish2Host", "application.wish.duplicate");

        ApplicationForm noCountry = new ApplicationForm();
        noCountry.getWishes().get(0).setCity("Porto");
        assertProblem(ApplicationRules.draftProblem(noCountry), "wish1Country", "application.wish.countryRequired");
    }

    @Test
    void theMotivationHasLengthLimits() {
        ApplicationForm form = complete();
        form.setMotivation("Trop court.");
        assertProblem(ApplicationRules.submitProblem(form, BOTH), "motivation", "application.motivation.tooShort");
        form.setMotivation("x".repeat(ApplicationRules.MOTIVATION_MAX + 1));
        assertProblem(ApplicationRules.draftProblem(form), "motivation", "application.motivation.tooLong");
    }

    @Test
    void submittingNeedsLanguageLevelAndBothDocuments() {
        ApplicationForm form = complete();
        form.setWorkingLanguage(null);
        assertProblem(ApplicationRules.submitProblem(form, BOTH), "workingLanguage", "application.language.required");
        form = complete();
        form.setCefrLevel(null);
        assertProblem(ApplicationRules.submitProblem(form, BOTH), "cefrLevel", "application.cefr.required");
        assertProblem(ApplicationRules.submitProblem(complete(), EnumSet.of(DocumentKind.LETTER)), "cv",
                "application.document.cvRequired");
        assertProblem(ApplicationRules.submitProblem(complete(), EnumSet.of(DocumentKind.CV)), "letter",
                "application.document.letterRequired");
        form = complete();
        form.setWorkingLanguage("klingon");
        assertProblem(ApplicationRules.draftProblem(form), "workingLanguage", "application.language.unknown");
    }

    @Test
    void aFileStillInTheStudentsHandsCannotBeSubmittedOnceTheCallHasClosed() {
        assertThat(ApplicationRules.nextStepKey(ApplicationStatus.DRAFT, true)).isEqualTo("application.next.DRAFT");
        assertThat(ApplicationRules.nextStepKey(ApplicationStatus.DRAFT, false)).isEqualTo("application.next.closed");
        assertThat(ApplicationRules.nextStepKey(ApplicationStatus.CHANGES_REQUESTED, false)).isEqualTo("application.next.closed");
        // Decided or submitted files go on whatever the call's dates.
        assertThat(ApplicationRules.nextStepKey(ApplicationStatus.SUBMITTED, false)).isEqualTo("application.next.SUBMITTED");
        assertThat(ApplicationRules.nextStepKey(ApplicationStatus.SELECTED, false)).isEqualTo("application.next.SELECTED");
    }

    @Test
    void submittingAnEmptyFileNamesEveryMissingFieldAtOnce() {
        BusinessException problem = ApplicationRules.submitProblem(new ApplicationForm(), Set.of()).orElseThrow();
        assertThat(problem.all()).extracting(p -> p.field().orElseThrow()).containsExactly(
                "wish1Host", "startOn", "endOn", "workingLanguage", "cefrLevel", "motivation", "cv", "letter");
        assertThat(problem.field()).contains("wish1Host");
    }

    @Test
    void aWrongValueIsReportedWithTheMissingOnesButOnceForItsField() {
        ApplicationForm form = complete();
        form.setEndOn(form.getStartOn().plusDays(44));
        form.setMotivation(null);
        BusinessException problem = ApplicationRules.submitProblem(form, EnumSet.of(DocumentKind.CV)).orElseThrow();
        assertThat(problem.all()).extracting(BusinessException::messageKey).containsExactly(
                "application.period.tooShort", "application.motivation.tooShort", "application.document.letterRequired");

        ApplicationForm halfWish = new ApplicationForm();
        halfWish.getWishes().get(0).setCity("Liège");
        assertThat(ApplicationRules.submitProblem(halfWish, BOTH).orElseThrow().all())
                .extracting(p -> p.field().orElseThrow()).startsWith("wish1Country").doesNotContain("wish1Host");
    }
}
