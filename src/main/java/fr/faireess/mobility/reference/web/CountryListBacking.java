package fr.faireess.mobility.reference.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import fr.faireess.mobility.reference.Country;
import fr.faireess.mobility.reference.CountryCriteria;
import fr.faireess.mobility.reference.ErasmusGroup;
import fr.faireess.mobility.reference.ReferenceMaintenance;

/**
 * Backs {@code /admin/reference/countries.xhtml}: the 249 countries paged and filtered in the
 * database. Filters are view parameters ({@code ?q=…&group=…&eea=yes|no}), so a filtered list is
 * bookmarkable.
 */
@Named
@ViewScoped
public class CountryListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferenceMaintenance reference;

    private String q;
    private ErasmusGroup group;
    private String eea;

    private final LazyDataModel<Country> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) reference.countCountries(criteria());
        }

        @Override
        public List<Country> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return reference.countries(criteria(), first, pageSize);
        }

        @Override
        public String getRowKey(Country country) {
            return country.getCode();
        }

        @Override
        public Country getRowData(String rowKey) {
            return reference.country(rowKey).orElse(null);
        }
    };

    private CountryCriteria criteria() {
        Boolean inEea = "yes".equals(eea) ? Boolean.TRUE : "no".equals(eea) ? Boolean.FALSE : null;
        return new CountryCriteria(q, group, inEea);
    }

    /** Re-runs the list with the filters as view parameters, so the URL describes what is shown. */
    public String filter() {
        return "/admin/reference/countries?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<Country> getRows() { return rows; }
    public ErasmusGroup[] getGroups() { return ErasmusGroup.values(); }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public ErasmusGroup getGroup() { return group; }
    public void setGroup(ErasmusGroup group) { this.group = group; }
    public String getEea() { return eea; }
    public void setEea(String eea) { this.eea = eea; }
}
