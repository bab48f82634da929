package fr.faireess.mobility.platform.config;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The schools' clock: deadlines and session times are typed and shown in Europe/Paris; the
 * database keeps instants. Conversions happen here only.
 */
public final class SchoolTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private SchoolTime() {
    }

    public static Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    public static LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }
}
