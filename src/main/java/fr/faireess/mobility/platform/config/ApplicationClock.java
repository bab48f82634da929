package fr.faireess.mobility.platform.config;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The real clock moved forward by {@link Settings#clockOffset()}. The period is turned into a fixed
 * duration once, on the Paris calendar ({@code P3Y} from 4 December 2026 is 1,096 days), so that the
 * moved clock ticks at the real pace and midnight stays midnight.
 */
public record ApplicationClock(Clock clock, Period offset) {

    public static ApplicationClock of(Clock real, Period offset) {
        if (offset.isZero()) {
            return new ApplicationClock(real, offset);
        }
        ZonedDateTime now = ZonedDateTime.now(real.withZone(SchoolTime.ZONE));
        Duration ahead = Duration.between(now, now.plus(offset));
        return new ApplicationClock(Clock.offset(real, ahead), offset);
    }

    /** Today in Paris by this clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    /** The start-up warning when the clock is moved; nobody should mistake such a copy for the real one. */
    public Optional<String> warning() {
        if (offset.isZero()) {
            return Optional.empty();
        }
        String line = "*".repeat(100);
        return Optional.of("\n" + line + "\n*** HORLOGE DÉCALÉE / CLOCK MOVED: MOBILITY_CLOCK_OFFSET=" + offset
                + " - the application believes today is " + today() + " (Europe/Paris)."
                + "\n*** For tests and training copies only: deadlines, consents, purges and e-mails follow this date."
                + "\n" + line);
    }
}
