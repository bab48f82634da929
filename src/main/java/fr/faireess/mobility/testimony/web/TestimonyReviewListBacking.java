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

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.testimony.Testimony;
import fr.faireess.mobility.testimony.TestimonyCriteria;
import fr.faireess.mobility.testimony.TestimonyService;
import fr.faireess.mobility.testimony.TestimonyStatus;
import fr.faireess.mobility.testimony.TestimonyType;

/**
 * Backs {@code /coordinator/testimonies/list.xhtml}: submitted testimonies paged and filtered in the
 * database, by authors of the campuses the coordinator sees; the filters are view parameters, so a
 * filtered list is bookmarkable.
 */
@Named
@ViewScoped
public class TestimonyReviewListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private TestimonyService testimonies;
    @Inject private CurrentUser currentUser;

    private TestimonyStatus status;
    private String programme;
    private TestimonyType type;

    private final LazyDataModel<Testimony> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) testimonies.count(criteria(), currentUser.get());
        }

        @Override
        public List<Testimony> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return testimonies.page(criteria(), first, pageSize, currentUser.get());
        }

        @Override
        public String getRowKey(Testimony testimony) {
            return String.valueOf(testimony.getId());
        }
    };

    private TestimonyCriteria criteria() {
        return TestimonyCriteria.moderation(status, programme, type);
    }

    public String filter() {
        return "/coordinator/testimonies/list?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<Testimony> getRows() { return rows; }
    public TestimonyStatus[] getStatuses() { return TestimonyStatus.values(); }
    public TestimonyType[] getTypes() { return TestimonyType.values(); }
    public TestimonyStatus getStatus() { return status; }
    public void setStatus(TestimonyStatus status) { this.status = status; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public TestimonyType getType() { return type; }
    public void setType(TestimonyType type) { this.type = type; }
}
