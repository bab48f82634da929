package fr.faireess.mobility.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Which API calls leave a row in the audit trail. Every call is counted on its client (use count,
 * last use); the trail keeps every call that may change something (POST, PUT, PATCH, DELETE) and,
 * for reads, the first call of a client in each clock hour: enough to answer "which client read
 * what, and when" without 170,000 rows a day from a reporting tool polling every half-second.
 */
public final class ApiUseAudit {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private ApiUseAudit() {
    }

    /**
     * @param previousUse the client's last call before this one, null if it never called
     */
    public static boolean recorded(String method, Instant previousUse, Instant now) {
        if (method == null || !READS.contains(method.toUpperCase(java.util.Locale.ROOT))) {
            return true;
        }
        return previousUse == null
                || previousUse.truncatedTo(ChronoUnit.HOURS).isBefore(now.truncatedTo(ChronoUnit.HOURS));
    }
}
