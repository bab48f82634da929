package fr.faireess.mobility.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutageLogTest {

    private final Logger logger = Logger.getLogger("test.outage." + System.nanoTime());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override public void publish(LogRecord record) { records.add(record); }
        @Override public void flush() { }
        @Override public void close() { }
    };

    @BeforeEach
    void capture() {
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    @AfterEach
    void release() {
        logger.removeHandler(handler);
    }

    @Test
    void anOutageIsOneWarningWithItsCauseThenOneInfoWhenItEnds() {
        OutageLog outage = new OutageLog(logger, "Mail sender");
        RuntimeException down = new IllegalStateException("round failed",
                new SQLException("Could not create connection\n(stack of the driver)", new java.net.ConnectException("Connection refused")));
        for (int i = 0; i < 5; i++) {
            outage.failed(down);
        }
        assertThat(outage.failing()).isTrue();
        outage.succeeded();
        outage.succeeded();

        assertThat(records).extracting(LogRecord::getLevel)
                .containsExactly(Level.WARNING, Level.FINE, Level.FINE, Level.FINE, Level.FINE, Level.INFO);
        assertThat(records.get(0).getMessage())
                .startsWith("Mail sender failed: IllegalStateException: round failed ← SQLException: Could not create connection")
                .contains("ConnectException: Connection refused")
                .doesNotContain("\n");
        assertThat(records.get(5).getMessage()).isEqualTo("Mail sender works again, after 5 failed attempt(s).");
        assertThat(outage.failing()).isFalse();
    }

    @Test
    void aSecondOutageIsReportedAgain() {
        OutageLog outage = new OutageLog(logger, "Readiness check");
        outage.failed(new SQLException("down"));
        outage.succeeded();
        outage.failed(new SQLException("down again"));

        assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.WARNING, Level.INFO, Level.WARNING);
        assertThat(records.get(2).getMessage()).startsWith("Readiness check failed: SQLException: down again");
    }

    @Test
    void nothingIsLoggedWhileAllGoesWell() {
        OutageLog outage = new OutageLog(logger, "Mail sender");
        outage.succeeded();
        outage.succeeded();
        assertThat(records).isEmpty();
    }
}
