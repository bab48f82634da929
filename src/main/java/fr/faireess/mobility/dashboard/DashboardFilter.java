package fr.faireess.mobility.dashboard;

import java.io.Serializable;

/**
 * The filters of a dashboard: a call year (the Erasmus+ call funding academic year N-(N+1); null
 * means every year) and a campus code (null: every campus the viewer sees). A filter never widens
 * the viewer's scope.
 */
public record DashboardFilter(Integer callYear, String campus) implements Serializable {

    public static DashboardFilter none() {
        return new DashboardFilter(null, null);
    }

    /** The academic year code of the call year, e.g. {@code 2026-2027}, or null. */
    public String academicYear() {
        return callYear == null ? null : callYear + "-" + (callYear + 1);
    }

    public boolean hasCampus() {
        return campus != null && !campus.isBlank();
    }
}
