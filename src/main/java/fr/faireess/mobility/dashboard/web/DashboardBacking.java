package fr.faireess.mobility.dashboard.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.dashboard.ChartJson;
import fr.faireess.mobility.dashboard.DashboardFilter;
import fr.faireess.mobility.dashboard.DashboardService;
import fr.faireess.mobility.dashboard.Figure;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.i18n.LanguageBean;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.ReferenceData;
import fr.faireess.mobility.platform.web.RenderCache;

/**
 * Backs the dashboards ({@code /coordinator/dashboard.xhtml}, {@code /admin/dashboard.xhtml},
 * {@code /trainer/dashboard.xhtml}): the filters are view parameters (a filtered dashboard is
 * bookmarkable), each figure is read once per view and drawn as a chart, a table and two exports.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();

    @Inject private DashboardService dashboards;
    @Inject private CurrentUser currentUser;
    @Inject private ReferenceData reference;
    @Inject private LanguageBean language;

    private Integer year;
    private String campus;
    private transient Map<String, Figure> figures;
    private transient List<Integer> years;

    public String filter(String page) {
        return page + "?faces-redirect=true&includeViewParams=true";
    }

    /** The figures of a dashboard: the trainer's, or the coordinator's and admin's. */
    public List<String> keysFor(String area) {
        return "trainer".equals(area) ? DashboardService.TRAINER_FIGURES : DashboardService.FIGURES;
    }

    public Figure figure(String key) {
        if (figures == null) {
            figures = new HashMap<>();
        }
        return figures.computeIfAbsent(key, k -> dashboards.figure(k, filterNow(), currentUser.get(), language.getLocale()));
    }

    public String chart(String key) {
        return ChartJson.of(figure(key));
    }

    /** The export's query string: the page's own filters. */
    public String getExportQuery() {
        StringBuilder query = new StringBuilder();
        if (year != null) {
            query.append("year=").append(year);
        }
        if (campus != null && !campus.isBlank()) {
            query.append(query.length() > 0 ? "&" : "").append("campus=")
                    .append(java.net.URLEncoder.encode(campus, java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private DashboardFilter filterNow() {
        return new DashboardFilter(year, campus);
    }

    public List<Integer> getYears() {
        if (years == null) {
            years = dashboards.callYears();
        }
        return years;
    }

    /** The campuses the viewer sees, no other. */
    public List<Campus> getCampuses() {
        return render.get("campuses", () -> {
            CampusScope scope = CampusScope.of(currentUser.get());
            return reference.campuses().stream().filter(c -> scope.allows(c.getCode())).toList();
        });
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getCampus() { return campus; }
    public void setCampus(String campus) { this.campus = campus == null || campus.isBlank() ? null : campus; }
}
