package fr.faireess.mobility.placement.web;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.placement.PendingSignatures;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementCriteria;
import fr.faireess.mobility.placement.PlacementProgress;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.ReferenceData;
import fr.faireess.mobility.platform.web.RenderCache;

/**
 * Backs {@code /coordinator/placements/list.xhtml}: placements paged and filtered in the database.
 * Filters are view parameters ({@code ?state=…&campus=…&country=…&host=…&programme=…&month=2027-02}),
 * so a filtered list is bookmarkable. The service keeps it to the campuses the coordinator sees.
 */
@Named
@ViewScoped
public class PlacementListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();

    @Inject private PlacementService placements;
    @Inject private CurrentUser currentUser;
    @Inject private ReferenceData reference;
    @Inject private PlacementProgress progress;

    private PlacementState state;
    private String campus;
    private String country;
    private Long host;
    private String programme;
    private String month;
    private transient List<HostOrganisation> hosts;
    /** The current page's pending signatures, by placement id (one query per page). */
    private transient Map<Long, PendingSignatures> pending = Map.of();

    private final LazyDataModel<Placement> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) placements.count(criteria(), currentUser.get());
        }

        @Override
        public List<Placement> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            // The count PrimeFaces has just asked for: a page past the middle is read from the end.
            List<Placement> page = placements.page(criteria(), first, pageSize, getRowCount(), currentUser.get());
            pending = progress.pendingSignatures(page);
            return page;
        }

        @Override
        public String getRowKey(Placement placement) {
            return String.valueOf(placement.getId());
        }
    };

    private PlacementCriteria criteria() {
        return new PlacementCriteria(state, country, host, programme, departure(), campus);
    }

    private YearMonth departure() {
        try {
            return month == null || month.isBlank() ? null : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String filter() {
        return "/coordinator/placements/list?faces-redirect=true&includeViewParams=true";
    }

    public List<HostOrganisation> getHosts() {
        if (hosts == null) {
            hosts = placements.hostsWithPlacements(currentUser.get());
        }
        return hosts;
    }

    /** The campus filter offers the campuses the coordinator sees, no other. */
    public List<Campus> getCampuses() {
        return render.get("campuses", () -> {
            CampusScope scope = CampusScope.of(currentUser.get());
            return reference.campuses().stream().filter(c -> scope.allows(c.getCode())).toList();
        });
    }

    /**
     * Who still has to sign the placement's current agreement, as the list says it: the agreement to
     * complete, the parties missing, or all three signed; empty for a closed placement.
     */
    public String pendingText(Placement placement) {
        PendingSignatures signatures = pending == null ? null : pending.get(placement.getId());
        if (signatures == null || placement.getState().isFinal()) {
            return "";
        }
        if (!signatures.complete()) {
            return Messages.text("todo.placement.pending.incomplete");
        }
        if (signatures.signedByAll()) {
            return Messages.text("todo.placement.pending.none");
        }
        return signatures.parties().stream().map(p -> Messages.text(p.labelKey())).collect(Collectors.joining(", "));
    }

    public LazyDataModel<Placement> getRows() { return rows; }
    public String getCampus() { return campus; }
    public void setCampus(String campus) { this.campus = campus; }
    public PlacementState[] getStates() { return PlacementState.values(); }
    public PlacementState getState() { return state; }
    public void setState(PlacementState state) { this.state = state; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public Long getHost() { return host; }
    public void setHost(Long host) { this.host = host; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
}
