package fr.faireess.mobility.placement.web;

import java.io.Serializable;
import java.util.List;

import fr.faireess.mobility.application.ApplicationRules;
import fr.faireess.mobility.host.HostContact;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.placement.PlacementService;

/**
 * The choice lists of a placement's basics (hosts, mentors, referents, languages), read once per
 * request, shared by the pages that create and correct a placement (basics-fields.xhtml).
 */
public abstract class PlacementChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient List<HostOrganisation> hosts;
    private transient List<HostContact> mentors;
    private transient List<Account> referents;

    protected abstract PlacementService placements();

    public List<HostOrganisation> getHosts() {
        if (hosts == null) {
            hosts = placements().hostChoices();
        }
        return hosts;
    }

    public List<HostContact> getMentors() {
        if (mentors == null) {
            mentors = placements().mentorChoices();
        }
        return mentors;
    }

    public List<Account> getReferents() {
        if (referents == null) {
            referents = placements().referentChoices();
        }
        return referents;
    }

    public List<String> getLanguages() {
        return ApplicationRules.LANGUAGES;
    }
}
