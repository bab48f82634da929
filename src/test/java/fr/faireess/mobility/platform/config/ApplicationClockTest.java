package fr.faireess.mobility.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ApplicationClockTest {

    /** 4 December 2026, 23:30 in Paris: already the 5th in Paris would be wrong, still the 4th. */
    private static final Clock REAL = Clock.fixed(Instant.parse("2026-12-04T22:30:00Z"), ZoneOffset.UTC);

    @Test
    void withoutAnOffsetTheRealClockIsTheApplicationsClock() {
        ApplicationClock clock = ApplicationClock.of(REAL, Period.ZERO);
        assertThat(clock.clock()).isSameAs(REAL);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(clock.warning()).isEmpty();
    }

    @Test
    void anOffsetMovesTodayByCalendarDaysAndYearsInParis() {
        assertThat(ApplicationClock.of(REAL, Period.ofDays(400)).today()).isEqualTo(LocalDate.of(2028, 1, 8));
        assertThat(ApplicationClock.of(REAL, Period.ofYears(3)).today()).isEqualTo(LocalDate.of(2029, 12, 4));
    }

    @Test
    void theMovedClockKeepsTheTimeOfDaySoNightlyJobsKeepTheirHour() {
        Instant moved = ApplicationClock.of(REAL, Period.ofDays(400)).clock().instant();
        assertThat(moved).isEqualTo(Instant.parse("2028-01-08T22:30:00Z"));
    }

    @Test
    void aMovedClockIsAnnouncedWithTheDateItBelieves() {
        assertThat(ApplicationClock.of(REAL, Period.ofDays(400)).warning()).hasValueSatisfying(w ->
                assertThat(w).contains("MOBILITY_CLOCK_OFFSET=P400D").contains("2028-01-08"));
    }
}
