package fr.faireess.mobility.host.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import fr.faireess.mobility.host.HostCriteria;
import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostFilterChoices;
import fr.faireess.mobility.host.HostRow;
import fr.faireess.mobility.host.HostType;
import fr.faireess.mobility.host.PartnerNetwork;
import fr.faireess.mobility.identity.CurrentUser;

/**
 * What the coordinators' and the students' host lists share: the filters, as view parameters
 * ({@code ?q=…&country=…&type=…&theme=…&network=…&language=…}), and the rows paged in the database
 * for the person looking (students only ever get active organisations: the service decides).
 */
public abstract class HostListFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected HostDirectory directory;

    @Inject
    protected CurrentUser currentUser;

    private String q;
    private String country;
    private HostType type;
    private String theme;
    private PartnerNetwork network;
    private String language;
    private HostFilterChoices choices;

    private final LazyDataModel<HostRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.count(criteria(), currentUser.get());
        }

        @Override
        public List<HostRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return directory.search(criteria(), currentUser.get(), first, pageSize);
        }

        @Override
        public String getRowKey(HostRow row) {
            return String.valueOf(row.id());
        }
    };

    /** Whether the list is limited to active organisations, inactive ones, or both (null). */
    protected abstract Boolean activeFilter();

    /** The page itself, to re-run it with the filters in the URL. */
    protected abstract String page();

    private HostCriteria criteria() {
        return new HostCriteria(q, country, type, theme, network, language, activeFilter());
    }

    /** Re-runs the list with the filters as view parameters, so the URL describes what is shown. */
    public String filter() {
        return page() + "?faces-redirect=true&includeViewParams=true";
    }

    public HostFilterChoices getChoices() {
        if (choices == null) {
            choices = directory.filterChoices(currentUser.get());
        }
        return choices;
    }

    public LazyDataModel<HostRow> getRows() { return rows; }
    public HostType[] getTypes() { return HostType.values(); }
    public PartnerNetwork[] getNetworks() { return PartnerNetwork.values(); }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public HostType getType() { return type; }
    public void setType(HostType type) { this.type = type; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public PartnerNetwork getNetwork() { return network; }
    public void setNetwork(PartnerNetwork network) { this.network = network; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
