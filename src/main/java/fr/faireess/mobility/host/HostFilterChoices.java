package fr.faireess.mobility.host;

import java.io.Serializable;
import java.util.List;

import fr.faireess.mobility.reference.Country;

/** What the filters of a host list offer: only values that some organisation visible to the viewer has. */
public record HostFilterChoices(List<Country> countries, List<String> themes, List<String> languages) implements Serializable {
}
