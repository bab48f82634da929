package fr.faireess.mobility.platform.health;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs a repeated task's failures once per outage instead of once per attempt: the first failure of a
 * streak as a WARNING (with its cause, in one line), the following ones at FINE only, and the first
 * success after it as an INFO saying how many attempts failed. The mail sender tries every few seconds
 * and a load balancer asks for readiness as often: while the database is down, a WARNING each time
 * buried every other line of the log. Safe to call from several threads.
 */
public final class OutageLog {

    private final Logger log;
    private final String task;
    private final AtomicInteger failures = new AtomicInteger();

    /** {@code task}: what fails, as the log lines name it ("Mail sender"). */
    public OutageLog(Logger log, String task) {
        this.log = log;
        this.task = task;
    }

    public void failed(Throwable e) {
        int streak = failures.incrementAndGet();
        if (streak == 1) {
            log.warning(() -> task + " failed: " + describe(e)
                    + ". Further failures are logged at level FINE until it works again.");
        } else if (log.isLoggable(Level.FINE)) {
            log.fine(task + " failed again (" + streak + " in a row): " + describe(e));
        }
    }

    public void succeeded() {
        int streak = failures.getAndSet(0);
        if (streak > 0) {
            log.info(() -> task + " works again, after " + streak + " failed attempt(s).");
        }
    }

    public boolean failing() {
        return failures.get() > 0;
    }

    /** The exception and its causes in one line: "connection refused" is usually several levels down. */
    public static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 10; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(firstLine(t.getMessage()));
            }
        }
        return text.toString();
    }

    private static String firstLine(String message) {
        String stripped = message.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline).strip() + " …";
    }
}
