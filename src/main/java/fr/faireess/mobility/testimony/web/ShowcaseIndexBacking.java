package fr.faireess.mobility.testimony.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import fr.faireess.mobility.testimony.Showcase;
import fr.faireess.mobility.testimony.Testimony;
import fr.faireess.mobility.testimony.TestimonyCriteria;
import fr.faireess.mobility.testimony.TestimonyType;
import fr.faireess.mobility.platform.web.RenderCache;

/**
 * Backs {@code /showcase/index.xhtml} (public): published testimonies, newest first, filtered by
 * country, programme, year and type — all view parameters, so a filtered page is a shareable URL.
 */
@Named
@ViewScoped
public class ShowcaseIndexBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();

    @Inject private Showcase showcase;

    private String country;
    private String programme;
    private Integer year;
    private TestimonyType type;

    private final LazyDataModel<Testimony> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) showcase.count(criteria());
        }

        @Override
        public List<Testimony> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return showcase.page(criteria(), first, pageSize);
        }

        @Override
        public String getRowKey(Testimony testimony) {
            return String.valueOf(testimony.getId());
        }
    };

    private TestimonyCriteria criteria() {
        return TestimonyCriteria.showcase(country, programme, year, type);
    }

    public String filter() {
        return "/showcase/index?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<Testimony> getRows() { return rows; }
    public List<String> getCountries() { return render.get("countries", () -> showcase.countries()); }
    public List<Integer> getYears() { return render.get("years", () -> showcase.years()); }
    public TestimonyType[] getTypes() { return TestimonyType.values(); }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public TestimonyType getType() { return type; }
    public void setType(TestimonyType type) { this.type = type; }
}
