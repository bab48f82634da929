package fr.faireess.mobility.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.call.CallEligibility.CallFacts;
import fr.faireess.mobility.call.CallEligibility.StudentFacts;

class CallRulesTest {

    private static final Instant OPENS = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-01-15T22:59:00Z");
    private static final CallFacts CALL = new CallFacts(OPENS, CLOSES, null, Set.of("PERPIGNAN"), Set.of("ASS", "ES"), Set.of(2, 3));
    private static final StudentFacts ELIGIBLE = new StudentFacts("PERPIGNAN", "ES", 2);
    private static final Instant DURING = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void anEligibleStudentMayApplyWhileTheCallIsOpen() {
        assertThat(CallEligibility.refusal(CALL, ELIGIBLE, DURING)).isEmpty();
    }

    @Test
    void beforeOpeningAndAfterClosingTheCallRefuses() {
        assertThat(CallEligibility.refusal(CALL, ELIGIBLE, OPENS.minusSeconds(1))).contains("call.refused.notOpenYet");
        assertThat(CallEligibility.refusal(CALL, ELIGIBLE, CLOSES)).contains("call.refused.closed");
        CallFacts closedEarly = new CallFacts(OPENS, CLOSES, DURING.minusSeconds(60), CALL.campuses(), CALL.programmes(),
                CALL.studyYears());
        assertThat(CallEligibility.refusal(closedEarly, ELIGIBLE, DURING)).contains("call.refused.closed");
    }

    @Test
    void campusProgrammeAndYearMustMatch() {
        assertThat(CallEligibility.refusal(CALL, new StudentFacts("MONTPELLIER", "ES", 2), DURING)).contains("call.refused.campus");
        assertThat(CallEligibility.refusal(CALL, new StudentFacts("PERPIGNAN", "EJE", 2), DURING)).contains("call.refused.programme");
        assertThat(CallEligibility.refusal(CALL, new StudentFacts("PERPIGNAN", "ES", 1), DURING)).contains("call.refused.studyYear");
        assertThat(CallEligibility.refusal(CALL, new StudentFacts(null, null, null), DURING)).contains("call.refused.campus");
    }

    private static CallForm validForm() {
        CallForm form = new CallForm();
        form.setTitle("Stages Erasmus+ 2027");
        form.setAcademicYear("2026-2027");
        form.setOpensAt(LocalDateTime.of(2026, 11, 1, 9, 0));
        form.setClosesAt(LocalDateTime.of(2027, 1, 15, 23, 59));
        form.setPlaces(12);
        form.setCampuses(List.of("PERPIGNAN"));
        form.setProgrammes(List.of("ASS"));
        form.setStudyYears(List.of(2));
        return form;
    }

    @Test
    void aCallFormIsCheckedFieldByField() {
        assertThat(CallFormRule.problem(validForm())).isEmpty();
        CallForm form = validForm();
        form.setClosesAt(form.getOpensAt());
        assertThat(CallFormRule.problem(form).orElseThrow().field()).contains("closesAt");
        form = validForm();
        form.setPlaces(0);
        assertThat(CallFormRule.problem(form).orElseThrow().messageKey()).isEqualTo("call.places.invalid");
        form = validForm();
        form.setProgrammes(List.of());
        assertThat(CallFormRule.problem(form).orElseThrow().field()).contains("programmes");
        form = validForm();
        form.setTitle("  ");
        assertThat(CallFormRule.problem(form).orElseThrow().field()).contains("title");
    }

    @Test
    void parisWallClockTimesBecomeInstants() {
        CallForm form = validForm();
        assertThat(form.opensAtInstant()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
        assertThat(form.closesAtInstant()).isEqualTo(Instant.parse("2027-01-15T22:59:00Z"));
    }
}
