package fr.faireess.mobility.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import fr.faireess.mobility.platform.config.ApplicationClock;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.config.Settings;

/**
 * The servers' clock seen from the test JVM: the real clock moved by the same
 * {@code MOBILITY_CLOCK_OFFSET} (environment) or {@code -Dmobility.clock.offset} the servers read,
 * so that HTTP and browser tests date what they type as the server will judge it.
 */
public final class TestClock {

    private static final ApplicationClock CLOCK = ApplicationClock.of(Clock.systemUTC(), new Settings(key -> Optional
            .ofNullable(System.getProperty(key))
            .or(() -> Optional.ofNullable(System.getenv(key.toUpperCase().replace('.', '_'))))).clockOffset());

    private TestClock() {
    }

    public static LocalDate today() {
        return CLOCK.today();
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(CLOCK.clock().withZone(SchoolTime.ZONE));
    }
}
