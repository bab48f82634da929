package fr.faireess.mobility.grant;

import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * The grant of one placement as pages show it: its call year and that year's table (if any), the
 * receiving country's group, the coordinator's facts, the planned grant (planned dates) and the
 * final grant (the certificate's actual dates, or up to the interruption). Both grants are null
 * without a table, and for a cancelled placement. {@code counted}: the breakdown of the period that
 * counts (the final one once there is one, else the planned one) — its days even without a table
 * (its amounts are then zero): what the EU report shows; null only for a cancelled placement. {@code belowMinimum}: the days that count (period
 * minus interruptions) are fewer than the 60-day minimum and no force majeure is declared — the
 * mobility is not eligible as it stands. Read in EL with accessor calls ({@code g.planned()}).
 */
public record PlacementGrant(Integer callYear, GrantRateTable table, ErasmusGroup group, GrantFacts facts,
                             GrantBreakdown planned, GrantBreakdown actual, GrantBreakdown counted,
                             boolean belowMinimum) {

    public boolean hasTable() {
        return table != null;
    }

    /** Computed from a table an administrator may still change. */
    public boolean isProvisional() {
        return table != null && !table.isLocked();
    }

    public String groupLabelKey() {
        return "grant.group." + group.name();
    }
}
