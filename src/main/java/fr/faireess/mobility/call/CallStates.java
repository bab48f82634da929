package fr.faireess.mobility.call;

import java.time.Instant;

/** The label of a call's state at a given time (upcoming, open, closed). */
public final class CallStates {

    private CallStates() {
    }

    public static String key(MobilityCall call, Instant now) {
        if (call.isOpen(now)) {
            return "call.status.open";
        }
        return now.isBefore(call.getOpensAt()) && call.getClosedEarlyAt() == null ? "call.status.upcoming" : "call.status.closed";
    }
}
