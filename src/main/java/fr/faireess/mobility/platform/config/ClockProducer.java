package fr.faireess.mobility.platform.config;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one clock of the application: every "now" and "today" (deadlines, consent periods, purges,
 * timers' work, the demo calendar, e-mail timestamps) reads it, so that rules can be tested with a
 * fixed clock and a whole copy of the application can run ahead of time ({@link Settings#CLOCK_OFFSET}).
 */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    private Clock clock;

    @PostConstruct
    void init() {
        ApplicationClock applicationClock = ApplicationClock.of(Clock.systemUTC(), Settings.fromConfig().clockOffset());
        applicationClock.warning().ifPresent(LOG::warning);
        clock = applicationClock.clock();
    }

    @Produces
    Clock clock() {
        return clock;
    }
}
