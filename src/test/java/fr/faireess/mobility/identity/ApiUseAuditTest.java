package fr.faireess.mobility.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ApiUseAuditTest {

    private static final Instant NOW = Instant.parse("2027-03-10T14:25:00Z");

    @Test
    void aClientsFirstCallIsAlwaysRecorded() {
        assertTrue(ApiUseAudit.recorded("GET", null, NOW));
    }

    @Test
    void readsAreRecordedOncePerClockHour() {
        assertFalse(ApiUseAudit.recorded("GET", Instant.parse("2027-03-10T14:00:00Z"), NOW));
        assertFalse(ApiUseAudit.recorded("head", Instant.parse("2027-03-10T14:24:59Z"), NOW));
        assertTrue(ApiUseAudit.recorded("GET", Instant.parse("2027-03-10T13:59:59Z"), NOW));
        assertTrue(ApiUseAudit.recorded("GET", Instant.parse("2027-03-09T14:30:00Z"), NOW));
    }

    @Test
    void everyCallThatMayChangeSomethingIsRecorded() {
        Instant justBefore = NOW.minusSeconds(1);
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "put"}) {
            assertTrue(ApiUseAudit.recorded(method, justBefore, NOW), method);
        }
        assertTrue(ApiUseAudit.recorded(null, justBefore, NOW));
    }
}
