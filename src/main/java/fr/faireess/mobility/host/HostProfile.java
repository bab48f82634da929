package fr.faireess.mobility.host;

import java.io.Serializable;
import java.util.List;

import fr.faireess.mobility.reference.Country;

/**
 * The public face of a host organisation, as students see it. Built by copying the public fields
 * only, so that contacts and staff notes are never loaded into a student's page.
 */
public record HostProfile(long id, String name, HostType type, LegalStatus legalStatus, HostSize size,
                          String address, String city, Country country, String website,
                          List<String> languages, List<String> themes, List<PartnerNetwork> networks) implements Serializable {

    static HostProfile of(HostOrganisation host) {
        return new HostProfile(host.getId(), host.getName(), host.getType(), host.getLegalStatus(), host.getSize(),
                host.getAddress(), host.getCity(), host.getCountry(), host.getWebsite(),
                host.getLanguages().stream().sorted().toList(), host.getThemes().stream().sorted().toList(),
                host.getNetworks().stream().sorted().toList());
    }
}
