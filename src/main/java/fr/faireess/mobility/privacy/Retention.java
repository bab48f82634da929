package fr.faireess.mobility.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/**
 * One row of the retention table: how long a kind of record is kept after its starting day, and the
 * setting that changes it.
 *
 * @param amount how many {@code years} or days
 * @param setting the MicroProfile Config key ({@code mobility.retention...})
 */
public record Retention(RecordType type, int amount, boolean years, String setting) {

    public Period period() {
        return years ? Period.ofYears(amount) : Period.ofDays(amount);
    }

    /** The last day the record is kept, for a record whose period started on {@code anchor}. */
    public LocalDate keptUntil(LocalDate anchor) {
        return anchor.plus(period());
    }

    /** Records whose period started before this day are past retention on {@code today}. */
    public LocalDate cutoff(LocalDate today) {
        return today.minus(period());
    }

    /** The environment variable of the setting (mobility.retention.x → MOBILITY_RETENTION_X). */
    public String variable() {
        return setting.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** Key of the period's label ("{0} years", "1 day"...). */
    public String periodKey() {
        return "privacy.period." + (years ? "year" : "day") + (amount == 1 ? "" : "s");
    }
}
