package fr.faireess.mobility.support;

import java.util.concurrent.TimeUnit;

/** The servers the tests and benchmarks start as processes of their own (Payara Micro instances). */
public final class LocalProcesses {

    private LocalProcesses() {
    }

    /** Asks the process to stop, waits a minute for it, then kills it (and waits for that too). */
    public static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
