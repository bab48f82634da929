package fr.faireess.mobility.home;

import java.io.Serializable;

/**
 * One file an item is about, and the page (an outcome with its {@code id}-like parameter) where it is
 * done; {@code tab} names the tab of that page where the action sits (the placement page's
 * {@code agreement}, {@code certificate}…), null for a page without tabs or its first one.
 */
public record TodoTarget(String label, String outcome, String paramName, long paramValue, String tab) implements Serializable {

    public TodoTarget(String label, String outcome, String paramName, long paramValue) {
        this(label, outcome, paramName, paramValue, null);
    }

    public boolean hasTab() {
        return tab != null;
    }
}
