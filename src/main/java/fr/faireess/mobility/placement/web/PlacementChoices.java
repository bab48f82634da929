package fr.faireess.mobility.placement.web;

import java.io.Serializable;
import java.util.List;

import fr.faireess.mobility.application.ApplicationRules;
import fr.faireess.mobility.host.HostContact;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.placement.PlacementCreation;

/**
 * The choice lists of a placement's basics (hosts, mentors, referents, languages), read once per
 * request, shared by the pages that create and correct a placement (basics-fields.xhtml).
 */
public abstract class PlacementChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient List<HostOrganisation> hosts;
    private transient List<HostContact> mentors;
    private transient List<Account> referents;

    protected abstract PlacementCreation creation();

    public List<HostOrganisation> getHosts() {
        if (hosts == null) {
            hosts = creation().hostChoices();
        }
        return hosts;
    }

    public List<HostContact> getMentors() {
        if (mentors == null) {
            mentors = creation().mentorChoices();
        }
        return mentors;
    }

    /**
     * The mentors of one host (none before a host is chosen): the list a coordinator picks from,
     * instead of every mentor of every host. {@code host} is the host field's value, a number or
     * its text before conversion.
     */
    public List<HostContact> mentorsAt(Object host) {
        Long hostId = host instanceof Number n ? Long.valueOf(n.longValue()) : parseId(host);
        if (hostId == null) {
            return List.of();
        }
        return getMentors().stream().filter(m -> hostId.equals(m.getHost().getId())).toList();
    }

    private static Long parseId(Object value) {
        try {
            return value == null || value.toString().isBlank() ? null : Long.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public List<Account> getReferents() {
        if (referents == null) {
            referents = creation().referentChoices();
        }
        return referents;
    }

    public List<String> getLanguages() {
        return ApplicationRules.LANGUAGES;
    }
}
