package fr.faireess.mobility.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.Programme;

/** Who a session's materials are for: the students of its cohorts, then and there. */
class SessionAudienceTest {

    /** {@link Fixtures#session}: Perpignan, ASS year 1, academic year 2026-2027. */
    private final ModuleSession session = Fixtures.session("Regards croisés");

    @Test
    void aStudentOfTheCohortOnTheSessionsCampusIsInTheAudience() {
        assertThat(session.isForStudent(student("PERPIGNAN", "ASS", 1), "2026-2027")).isTrue();
    }

    @Test
    void anotherProgrammeYearOrCampusIsNot() {
        assertThat(session.isForStudent(student("PERPIGNAN", "ES", 1), "2026-2027")).isFalse();
        assertThat(session.isForStudent(student("PERPIGNAN", "ASS", 2), "2026-2027")).isFalse();
        assertThat(session.isForStudent(student("MONTPELLIER", "ASS", 1), "2026-2027")).isFalse();
        assertThat(session.isForStudent(student("PERPIGNAN", "ASS", null), "2026-2027")).isFalse();
        assertThat(session.isForStudent(null, "2026-2027")).isFalse();
    }

    @Test
    void aYearLaterTheSessionsFirstYearsAreSecondYears() {
        assertThat(session.isForStudent(student("PERPIGNAN", "ASS", 2), "2027-2028")).isTrue();
        assertThat(session.isForStudent(student("PERPIGNAN", "ASS", 1), "2027-2028")).as("next year's first-years").isFalse();
    }

    private static Account student(String campus, String programme, Integer studyYear) {
        return Fixtures.make(Account.class, "id", 42L, "roles", EnumSet.of(Role.STUDENT), "enabled", true,
                "campus", Fixtures.make(Campus.class, "code", campus),
                "programme", Fixtures.make(Programme.class, "code", programme),
                "studyYear", studyYear);
    }
}
