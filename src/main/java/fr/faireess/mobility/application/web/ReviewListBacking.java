package fr.faireess.mobility.application.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import fr.faireess.mobility.application.ApplicationCriteria;
import fr.faireess.mobility.application.BulkDecision;
import fr.faireess.mobility.application.BulkReview;
import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationQueries;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.Country;
import fr.faireess.mobility.reference.ReferenceData;
import fr.faireess.mobility.platform.web.RenderCache;

/**
 * Backs {@code /coordinator/applications/list.xhtml}: submitted applications paged, filtered and
 * sorted in the database; every filter is a view parameter, so a filtered list is bookmarkable.
 * The service keeps the list to the campuses the coordinator sees, whatever the filters say.
 */
@Named
@ViewScoped
public class ReviewListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();

    @Inject private ApplicationService applications;
    @Inject private ApplicationQueries applicationQueries;
    @Inject private CallService calls;
    @Inject private CurrentUser currentUser;
    @Inject private ReferenceData reference;
    @Inject private BulkReview bulkReview;

    private Long call;
    private String campus;
    private String programme;
    private Integer year;
    private ApplicationStatus status;
    private String country;
    private ApplicationCriteria.Sort sort = ApplicationCriteria.Sort.SUBMITTED;
    private String q;
    private transient List<Country> countries;
    private List<MobilityApplication> selected = new java.util.ArrayList<>();
    private BulkDecision.Action bulkAction;
    private String bulkText;

    private final LazyDataModel<MobilityApplication> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) applicationQueries.count(criteria(), currentUser.get());
        }

        @Override
        public List<MobilityApplication> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                              Map<String, FilterMeta> filterBy) {
            return applicationQueries.page(criteria(), first, pageSize, currentUser.get());
        }

        @Override
        public String getRowKey(MobilityApplication application) {
            return String.valueOf(application.getId());
        }

        /** A ticked row read back by its key, within what the coordinator sees (a forged key finds nothing). */
        @Override
        public MobilityApplication getRowData(String rowKey) {
            try {
                return applications.findVisibleTo(Long.parseLong(rowKey), currentUser.get())
                        .filter(a -> a.getStatus() != ApplicationStatus.DRAFT).orElse(null);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    };

    private ApplicationCriteria criteria() {
        return new ApplicationCriteria(call, campus, programme, year, status, country, sort, q);
    }

    /**
     * Applies the chosen action to every ticked file, each on its own (see {@link BulkReview}), then
     * shows the list again with what was done and, file by file, what was refused and why.
     */
    public String applyBulk() {
        List<BulkDecision.Target> targets = selected == null ? List.of() : selected.stream()
                .filter(java.util.Objects::nonNull)
                .map(a -> new BulkDecision.Target(a.getId(), a.getVersion(),
                        a.getStudent().getFirstName() + " " + a.getStudent().getLastName()))
                .toList();
        return PageAction.run("list", () -> {
            BulkDecision.Outcome outcome = bulkReview.apply(bulkAction, targets, bulkText, currentUser.get());
            if (!outcome.nothingDone()) {
                Messages.info(bulkAction.doneKey(), outcome.done().size(), String.join(", ", outcome.done()));
            }
            for (BulkDecision.Refusal refusal : outcome.refused()) {
                Messages.error("review.bulk.refused", refusal.name(), Messages.text(refusal.messageKey(), refusal.arguments()));
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return filter();
        });
    }

    /**
     * Exports the ticked files ({@code csv} or {@code xlsx}): the browser is sent to the export with
     * their ids, where the server checks each again. Nothing ticked, or more than the bulk bar takes:
     * a message, and no file.
     */
    public String exportSelection(String format) throws IOException {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new IllegalArgumentException(format);
        }
        List<Long> ids = selected == null ? List.of() : selected.stream().filter(java.util.Objects::nonNull)
                .map(MobilityApplication::getId).distinct().toList();
        if (ids.isEmpty()) {
            Messages.error("review.export.nothingTicked");
            return null;
        }
        if (ids.size() > BulkDecision.MAX_FILES) {
            Messages.error("review.bulk.tooMany", BulkDecision.MAX_FILES);
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/coordinator/applications/export/applications." + format
                + "?ids=" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    public BulkDecision.Action[] getBulkActions() { return BulkDecision.Action.values(); }
    public List<MobilityApplication> getSelected() { return selected; }
    public void setSelected(List<MobilityApplication> selected) { this.selected = selected; }
    public BulkDecision.Action getBulkAction() { return bulkAction; }
    public void setBulkAction(BulkDecision.Action bulkAction) { this.bulkAction = bulkAction; }
    public String getBulkText() { return bulkText; }
    public void setBulkText(String bulkText) { this.bulkText = bulkText; }

    public String filter() {
        return "/coordinator/applications/list?faces-redirect=true&includeViewParams=true";
    }

    /** Query string of the exports: the list's own filters and order. */
    public String getExportQuery() {
        return criteria().toQuery();
    }

    public List<MobilityCall> getCalls() { return render.get("calls", () -> calls.visibleTo(currentUser.get())); }

    /** The campus filter offers the campuses the coordinator sees, no other. */
    public List<Campus> getCampuses() {
        return render.get("campuses", () -> {
            CampusScope scope = CampusScope.of(currentUser.get());
            return reference.campuses().stream().filter(c -> scope.allows(c.getCode())).toList();
        });
    }
    /**
     * The country filter offers the countries of the files the coordinator sees (and the one chosen
     * in the address, so that the choice shows), in the page's language order.
     */
    public List<Country> getCountries() {
        if (countries == null) {
            java.util.Set<String> codes = applicationQueries.firstWishCountries(currentUser.get());
            countries = reference.countries().stream()
                    .filter(c -> codes.contains(c.getCode()) || c.getCode().equals(country))
                    .toList();
        }
        return countries;
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
    public String getQ() { return q; }
    public void setQ(String q) { this.q = ApplicationCriteria.nameSearch(q); }
    public ApplicationCriteria.Sort getSort() { return sort; }
    public void setSort(ApplicationCriteria.Sort sort) { this.sort = sort == null ? ApplicationCriteria.Sort.SUBMITTED : sort; }
}
