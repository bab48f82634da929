package fr.faireess.mobility.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.platform.error.BusinessException;

class SessionFormCheckTest {

    static SessionForm valid() {
        SessionForm form = new SessionForm();
        form.setDate(LocalDate.of(2026, 12, 1));
        form.setTime(LocalTime.of(9, 30));
        form.setCampusCode("PERPIGNAN");
        form.setCohortCodes(new String[] {"ASS-1", "ES-1"});
        form.setTitle("Décentration");
        form.setFormat(SessionFormat.WORKSHOP);
        form.setMaterialUrl("https://moodle.example.org/module");
        return form.withBlankGuestRows();
    }

    @Test
    void aCompleteFormGivesItsCohortsAndBlankGuestRowsAreIgnored() {
        assertThat(SessionFormCheck.check(valid()))
                .containsExactly(new SessionCohort("ASS", 1), new SessionCohort("ES", 1));
    }

    private static void refused(Consumer<SessionForm> change, String field, String key) {
        SessionForm form = valid();
        change.accept(form);
        assertThatThrownBy(() -> SessionFormCheck.check(form)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.field()).contains(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void eachMissingOrWrongFieldIsRefusedNextToItself() {
        refused(f -> f.setDate(null), "date", "module.session.dateRequired");
        refused(f -> f.setTime(null), "time", "module.session.timeRequired");
        refused(f -> f.setCampusCode(" "), "campus", "module.session.campusRequired");
        refused(f -> f.setCohortCodes(new String[0]), "cohorts", "module.session.cohortRequired");
        refused(f -> f.setCohortCodes(null), "cohorts", "module.session.cohortRequired");
        refused(f -> f.setCohortCodes(new String[] {"ASS-4"}), "cohorts", "module.session.cohortUnknown");
        refused(f -> f.setTitle("  "), "title", "module.session.titleRequired");
        refused(f -> f.setTitle("x".repeat(201)), "title", "field.tooLong");
        refused(f -> f.setFormat(null), "format", "module.session.formatRequired");
        refused(f -> f.setMaterialUrl("javascript:alert(1)"), "materialUrl", "module.session.materialUrlInvalid");
        refused(f -> f.setTrainerNotes("x".repeat(4001)), "trainerNotes", "field.tooLong");
    }

    @Test
    void aGuestRowNeedsANameACountryAndARoleAndTheMessageSaysWhichRow() {
        refused(f -> f.setGuests(List.of(new GuestForm("Núria", "ES", null, GuestRole.TRAINER),
                new GuestForm(null, "MA", "Amal", GuestRole.PROFESSIONAL))), "guests", "module.session.guestNameRequired");
        refused(f -> f.setGuests(List.of(new GuestForm("Núria", null, null, GuestRole.TRAINER))), "guests",
                "module.session.guestCountryRequired");
        refused(f -> f.setGuests(List.of(new GuestForm("Núria", "ES", null, null))), "guests", "module.session.guestRoleRequired");
        SessionForm form = valid();
        form.setGuests(List.of(new GuestForm("Núria", "ES", null, GuestRole.TRAINER), new GuestForm(null, "MA", null, GuestRole.STUDENT)));
        assertThatThrownBy(() -> SessionFormCheck.check(form)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.arguments()).containsExactly(2));
    }

    @ParameterizedTest
    @CsvSource({
            "https://moodle.example.org/cours, true",
            "http://example.org, true",
            "HTTPS://EXAMPLE.ORG/x, true",
            "javascript:alert(1), false",
            "'data:text/html;base64,PHNjcmlwdD4=', false",
            "ftp://example.org/file, false",
            "www.example.org, false",
            "https://, false",
            "https://exa mple.org, false",
    })
    void onlyAbsoluteWebLinksAreAccepted(String link, boolean accepted) {
        assertThat(SessionFormCheck.isWebLink(link)).isEqualTo(accepted);
    }
}
