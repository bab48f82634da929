package fr.faireess.mobility.placement;

import java.util.Locale;

/**
 * The tabs of the coordinator's placement page, in their order: each shows one step of the
 * placement, with the actions taken there. A tab is named in the page's address
 * ({@code view.xhtml?id=…&tab=agreement}), so that it is bookmarkable and every action returns to it.
 */
public enum PlacementTab {
    OVERVIEW, AGREEMENT, DEPARTURE, GRANT, CERTIFICATE, HISTORY;

    /** The tab's name in the address, e.g. {@code agreement}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "placement.steps." + param();
    }

    /** The tab an address names; none, or a name that is no tab, is the overview. */
    public static PlacementTab parse(String param) {
        if (param != null) {
            for (PlacementTab tab : values()) {
                if (tab.param().equals(param.strip().toLowerCase(Locale.ROOT))) {
                    return tab;
                }
            }
        }
        return OVERVIEW;
    }
}
