package fr.faireess.mobility.grant;

import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * The grant of one placement as pages show it: its call year and that year's table (if any), the
 * receiving country's group, the coordinator's facts, the planned grant (planned dates) and the
 * final grant (the certificate's actual dates, once recorded). Both grants are null without a table,
 * and for a cancelled placement. Read in EL with accessor calls ({@code g.planned()}).
 */
public record PlacementGrant(Integer callYear, GrantRateTable table, ErasmusGroup group, GrantFacts facts,
                             GrantBreakdown planned, GrantBreakdown actual) {

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
