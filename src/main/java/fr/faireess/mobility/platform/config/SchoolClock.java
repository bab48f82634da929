package fr.faireess.mobility.platform.config;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The application's clock for pages and servlets: "now" and "today in Paris". A normal-scoped bean,
 * so that view-scoped (passivating) backing beans can hold it, which they cannot do with a plain
 * {@link Clock}.
 */
@ApplicationScoped
public class SchoolClock {

    @Inject
    private Clock clock;

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }
}
