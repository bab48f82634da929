package fr.faireess.mobility.module.web;

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
import fr.faireess.mobility.module.CriticalIncident;
import fr.faireess.mobility.module.CriticalIncidentService;
import fr.faireess.mobility.module.IncidentStatus;

/**
 * Backs {@code /trainer/module/incidents.xhtml}: the analyses of the trainer's campus, paged in the
 * database; {@code ?status=} filters (submitted ones, waiting for review, by default).
 */
@Named
@ViewScoped
public class ModuleIncidentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CriticalIncidentService incidents;
    @Inject private CurrentUser currentUser;

    private String status;

    private final LazyDataModel<CriticalIncident> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) incidents.countForReview(currentUser.get(), statusFilter());
        }

        @Override
        public List<CriticalIncident> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return incidents.searchForReview(currentUser.get(), statusFilter(), first, pageSize);
        }

        @Override
        public String getRowKey(CriticalIncident incident) {
            return String.valueOf(incident.getId());
        }
    };

    public void load() {
        if (status == null) {
            status = IncidentStatus.SUBMITTED.name();
        }
    }

    private IncidentStatus statusFilter() {
        return status == null || status.equals("ALL") ? null : IncidentStatus.valueOf(status);
    }

    public String filter() {
        return "/trainer/module/incidents?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<CriticalIncident> getRows() { return rows; }
    public String getStatus() { return status; }

    public void setStatus(String status) {
        boolean known = "ALL".equals(status)
                || java.util.Arrays.stream(IncidentStatus.values()).anyMatch(s -> s.name().equals(status));
        this.status = known ? status : null;
    }
}
