package fr.faireess.mobility.home;

/** One file an item is about, and the page (an outcome with its {@code id}-like parameter) where it is done. */
public record TodoTarget(String label, String outcome, String paramName, long paramValue) {
}
