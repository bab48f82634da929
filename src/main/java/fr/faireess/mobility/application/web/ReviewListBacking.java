package fr.faireess.mobility.application.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import fr.faireess.mobility.application.ApplicationCriteria;
import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.ReferenceData;

/**
 * Backs {@code /coordinator/applications/list.xhtml}: submitted applications paged, filtered and
 * sorted in the database; every filter is a view parameter, so a filtered list is bookmarkable.
 * The service keeps the list to the campuses the coordinator sees, whatever the filters say.
 */
@Named
@ViewScoped
public class ReviewListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ApplicationService applications;
    @Inject private CallService calls;
    @Inject private CurrentUser currentUser;
    @Inject private ReferenceData reference;

    private Long call;
    private String campus;
    private String programme;
    private Integer year;
    private ApplicationStatus status;
    private String country;
    private ApplicationCriteria.Sort sort = ApplicationCriteria.Sort.SUBMITTED;

    private final LazyDataModel<MobilityApplication> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) applications.count(criteria(), currentUser.get());
        }

        @Override
        public List<MobilityApplication> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                              Map<String, FilterMeta> filterBy) {
            return applications.page(criteria(), first, pageSize, currentUser.get());
        }

        @Override
        public String getRowKey(MobilityApplication application) {
            return String.valueOf(application.getId());
        }
    };

    private ApplicationCriteria criteria() {
        return new ApplicationCriteria(call, campus, programme, year, status, country, sort);
    }

    public String filter() {
        return "/coordinator/applications/list?faces-redirect=true&includeViewParams=true";
    }

    /** Query string of the exports: the list's own filters and order. */
    public String getExportQuery() {
        return criteria().toQuery();
    }

    public List<MobilityCall> getCalls() { return calls.visibleTo(currentUser.get()); }

    /** The campus filter offers the campuses the coordinator sees, no other. */
    public List<Campus> getCampuses() {
        CampusScope scope = CampusScope.of(currentUser.get());
        return reference.campuses().stream().filter(c -> scope.allows(c.getCode())).toList();
    }
    public ApplicationStatus[] getStatuses() { return ApplicationStatus.values(); }
    public ApplicationCriteria.Sort[] getSorts() { return ApplicationCriteria.Sort.values(); }
    public LazyDataModel<MobilityApplication> getRows() { return rows; }
    public Long getCall() { return call; }
    public void setCall(Long call) { this.call = call; }
    public String getCampus() { return campus; }
    public void setCampus(String campus) { this.campus = campus; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public ApplicationStatus getStatus() { return status; }
    public void setStatus(ApplicationStatus status) { this.status = status; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public ApplicationCriteria.Sort getSort() { return sort; }
    public void setSort(ApplicationCriteria.Sort sort) { this.sort = sort == null ? ApplicationCriteria.Sort.SUBMITTED : sort; }
}
