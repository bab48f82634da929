package fr.faireess.mobility.module.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.module.MaterialInfo;
import fr.faireess.mobility.module.ModuleSession;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.module.SessionCriteria;
import fr.faireess.mobility.module.SessionMaterialService;

/**
 * Backs {@code /coordinator/module/sessions.xhtml}: the module's sessions read-only for the
 * international office (who came, from which country, with which materials), paged in the database,
 * within the coordinator's campus scope whatever the URL asks for.
 */
@Named
@ViewScoped
public class CoordinatorSessionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A campus code no campus has: a coordinator without a campus sees no session. */
    private static final String NO_CAMPUS = "-";

    @Inject private ModuleSessionService sessions;
    @Inject private SessionMaterialService materials;
    @Inject private CurrentUser currentUser;

    private String year;
    private String campus;
    /** The files of the page being shown (filled by the page's load, read while rendering it). */
    private transient Map<Long, List<MaterialInfo>> pageMaterials = new HashMap<>();

    private final LazyDataModel<ModuleSession> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) sessions.count(criteria(), currentUser.get());
        }

        @Override
        public List<ModuleSession> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<ModuleSession> page = sessions.search(criteria(), first, pageSize, currentUser.get());
            pageMaterials = new HashMap<>(materials.materialsOf(page.stream().map(ModuleSession::getId).toList(), currentUser.get()));
            return page;
        }

        @Override
        public String getRowKey(ModuleSession session) {
            return String.valueOf(session.getId());
        }
    };

    public void load() {
        if (year == null) {
            year = sessions.currentAcademicYear();
        }
        campus = scopedCampus(CampusScope.of(currentUser.get()), campus);
    }

    /** The campus filter within the scope: a campus outside it is replaced by the coordinator's own. */
    static String scopedCampus(CampusScope scope, String requested) {
        if (scope.isAll() || (requested != null && scope.allows(requested))) {
            return requested;
        }
        return scope.campuses().stream().sorted().findFirst().orElse(NO_CAMPUS);
    }

    SessionCriteria criteria() {
        return new SessionCriteria(year, campus, null);
    }

    public String filter() {
        return "/coordinator/module/sessions?faces-redirect=true&includeViewParams=true";
    }

    /** Whether the campus filter may be left empty ("both campuses"). */
    public boolean isBothCampuses() {
        return CampusScope.of(currentUser.get()).isAll();
    }

    public List<MaterialInfo> materialsOf(ModuleSession session) {
        return pageMaterials == null ? List.of() : pageMaterials.getOrDefault(session.getId(), List.of());
    }

    public LazyDataModel<ModuleSession> getRows() { return rows; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getCampus() { return campus; }
    public void setCampus(String campus) { this.campus = campus; }
}
