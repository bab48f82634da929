package fr.faireess.mobility.host;

import java.io.Serializable;
import java.util.List;

import fr.faireess.mobility.reference.Country;

/** One line of a host list: the public facts a row shows, never contacts or notes. */
public record HostRow(long id, String name, String city, Country country, HostType type, boolean active,
                      List<String> languages, List<String> themes, List<PartnerNetwork> networks) implements Serializable {
}
