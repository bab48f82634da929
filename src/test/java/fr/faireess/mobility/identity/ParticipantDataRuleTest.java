package fr.faireess.mobility.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Participant data: optional until needed, plausible when typed, and what is still missing. */
class ParticipantDataRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @ParameterizedTest
    @CsvSource({
        "2006-12-04, true",   // 20 today
        "2011-12-04, true",   // 15 today: the youngest accepted
        "2011-12-05, false",  // 15 tomorrow
        "1926-12-04, true",   // 100 today
        "1925-12-03, false",  // over 100
        "2026-12-05, false",  // not born yet
    })
    void aBirthDateIsAcceptedFromFifteenToAHundredYearsAgo(LocalDate birthDate, boolean accepted) {
        var refusal = ParticipantDataRule.refusal(birthDate, TODAY);
        assertThat(refusal.isEmpty()).isEqualTo(accepted);
        refusal.ifPresent(e -> {
            assertThat(e.messageKey()).isEqualTo("participant.birthDate.invalid");
            assertThat(e.field()).contains("birthDate");
        });
    }

    @Test
    void nothingTypedIsNotRefused() {
        assertThat(ParticipantDataRule.refusal(null, TODAY)).isEmpty();
    }

    @Test
    void whatIsMissingIsNamedInTheFormsOrderUntilEverythingIsThere() {
        Account student = new Account("etudiante@example.org", "Léa", "Vidal", "hash", Instant.EPOCH);
        assertThat(ParticipantDataRule.missing(student))
                .containsExactly("participant.birthDate", "participant.nationality", "participant.gender");
        student.describeParticipant(LocalDate.of(2005, 3, 14), null, Gender.FEMALE);
        assertThat(ParticipantDataRule.missing(student)).containsExactly("participant.nationality");
    }
}
