package fr.faireess.mobility.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.identity.Role;
import fr.faireess.mobility.identity.RoleGuard;
import fr.faireess.mobility.module.CohortRate;
import fr.faireess.mobility.module.ModuleCompletion;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.ReferenceData;
import fr.faireess.mobility.testimony.TestimonyStatus;

/**
 * The dashboards' figures, each one grouped query (count per category) within the viewer's campus
 * scope and the filters: coordinators see their campuses, admins both schools. Labels are written
 * in the viewer's language. A mobility is a placement that was not cancelled.
 */
@ApplicationScoped
public class DashboardService {

    /** The figures of the coordinator's and admin's dashboard, in page order. */
    public static final List<String> FIGURES = List.of("applications", "programmes", "campuses", "countries",
            "departures", "module", "testimonies", "years");

    /** Countries shown one by one; the others are summed. */
    static final int TOP_COUNTRIES = 12;

    @PersistenceContext private EntityManager em;
    @Inject private ReferenceData reference;
    @Inject private ModuleCompletion moduleCompletion;
    @Inject private ModuleSessionService sessions;

    /** The call years that have calls, latest first (the year filter's choices). */
    public List<Integer> callYears() {
        return em.createQuery("select distinct c.academicYear from MobilityCall c", String.class).getResultList().stream()
                .map(code -> code.length() >= 4 && code.substring(0, 4).chars().allMatch(Character::isDigit)
                        ? Integer.valueOf(code.substring(0, 4)) : null)
                .filter(java.util.Objects::nonNull).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /** One figure by its key (see {@link #FIGURES}). */
    public Figure figure(String key, DashboardFilter filter, Account viewer, Locale locale) {
        RoleGuard.require(viewer, Role.COORDINATOR, Role.ADMIN);
        CampusScope scope = CampusScope.of(viewer);
        return switch (key) {
            case "applications" -> applicationsByCall(filter, scope, locale);
            case "programmes" -> mobilitiesBy("s.programme.code", "programmes", Figure.Kind.BAR, filter, scope, locale);
            case "campuses" -> campuses(filter, scope, locale);
            case "countries" -> countries(filter, scope, locale);
            case "departures" -> departures(filter, scope, locale);
            case "module" -> module(filter, scope, locale);
            case "testimonies" -> testimonies(filter, scope, locale);
            case "years" -> years(filter, scope, locale);
            default -> throw new IllegalArgumentException("No figure " + key);
        };
    }

    /** Submitted applications per call, one series per status. */
    private Figure applicationsByCall(DashboardFilter filter, CampusScope scope, Locale locale) {
        List<Object[]> rows = rows("select c.id, c.title, a.status, count(a) from MobilityApplication a join a.call c"
                + " join a.student s", "a.status <> :draft", "group by c.id, c.title, a.status order by c.id",
                filter, scope, Map.of("draft", ApplicationStatus.DRAFT));
        List<String> categories = new ArrayList<>();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String call = (String) row[1];
            if (!categories.contains(call)) {
                categories.add(call);
            }
            String status = Messages.text(locale, ((ApplicationStatus) row[2]).labelKey());
            counts.computeIfAbsent(status, k -> new LinkedHashMap<>()).merge(call, ((Number) row[3]).longValue(), Long::sum);
        }
        List<String> series = Arrays.stream(ApplicationStatus.values()).filter(s -> s != ApplicationStatus.DRAFT)
                .map(s -> Messages.text(locale, s.labelKey())).filter(counts::containsKey).toList();
        return Figure.crossed("applications", Figure.Kind.STACKED_BAR, categories, series, counts);
    }

    private Figure mobilitiesBy(String path, String key, Figure.Kind kind, DashboardFilter filter, CampusScope scope, Locale locale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : placementRows("select " + path + ", count(p)", "group by " + path + " order by " + path, filter, scope)) {
            counts.put(String.valueOf(row[0]), ((Number) row[1]).longValue());
        }
        return Figure.single(key, kind, Messages.text(locale, "dashboard.series.mobilities"), counts);
    }

    private Figure campuses(DashboardFilter filter, CampusScope scope, Locale locale) {
        Figure byCode = mobilitiesBy("s.campus.code", "campuses", Figure.Kind.DOUGHNUT, filter, scope, locale);
        List<String> names = byCode.categories().stream()
                .map(code -> reference.campus(code).map(Campus::getName).orElse(code)).toList();
        return new Figure("campuses", Figure.Kind.DOUGHNUT, names, byCode.series());
    }

    private Figure countries(DashboardFilter filter, CampusScope scope, Locale locale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : placementRows("select h.country.code, count(p)", "group by h.country.code order by count(p) desc, h.country.code",
                filter, scope)) {
            counts.put(reference.countryName((String) row[0], locale.getLanguage()), ((Number) row[1]).longValue());
        }
        return Figure.single("countries", Figure.Kind.HORIZONTAL_BAR, Messages.text(locale, "dashboard.series.mobilities"), counts)
                .top(TOP_COUNTRIES, Messages.text(locale, "dashboard.otherCountries"));
    }

    /** Mobilities per month of (planned) departure, in calendar order. */
    private Figure departures(DashboardFilter filter, CampusScope scope, Locale locale) {
        TreeMap<YearMonth, Long> byMonth = new TreeMap<>();
        for (Object[] row : placementRows("select FUNCTION('YEAR', p.plannedStart), FUNCTION('MONTH', p.plannedStart), count(p)",
                "group by FUNCTION('YEAR', p.plannedStart), FUNCTION('MONTH', p.plannedStart)", filter, scope)) {
            byMonth.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), ((Number) row[2]).longValue());
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        Map<String, Long> counts = new LinkedHashMap<>();
        byMonth.forEach((ym, n) -> counts.put(month.format(ym), n));
        return Figure.single("departures", Figure.Kind.BAR, Messages.text(locale, "dashboard.series.mobilities"), counts);
    }

    /**
     * Students of each cohort of the module, completed or not: the cohorts of the filter's academic
     * year, or of the current one when every year is shown (a cohort belongs to one year).
     */
    private Figure module(DashboardFilter filter, CampusScope scope, Locale locale) {
        String academicYear = filter.academicYear() != null ? filter.academicYear() : sessions.currentAcademicYear();
        List<String> categories = new ArrayList<>();
        List<Long> completed = new ArrayList<>();
        List<Long> notYet = new ArrayList<>();
        for (Campus campus : reference.campuses()) {
            if (!scope.allows(campus.getCode()) || (filter.hasCampus() && !filter.campus().equals(campus.getCode()))) {
                continue;
            }
            for (CohortRate rate : moduleCompletion.completionRates(academicYear, campus.getCode())) {
                categories.add(rate.requirement().getProgramme().getCode() + " · " + campus.getName());
                completed.add((long) rate.completed());
                notYet.add((long) (rate.students() - rate.completed()));
            }
        }
        return new Figure("module", Figure.Kind.STACKED_BAR, categories, List.of(
                new Figure.Series(Messages.text(locale, "dashboard.series.completed"), completed),
                new Figure.Series(Messages.text(locale, "dashboard.series.notCompleted"), notYet)));
    }

    private Figure testimonies(DashboardFilter filter, CampusScope scope, Locale locale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = rows("select t.status, count(t) from Testimony t join t.student s join t.application a join a.call c",
                null, "group by t.status", filter, scope, Map.of());
        Map<TestimonyStatus, Long> byStatus = new TreeMap<>();
        rows.forEach(r -> byStatus.put((TestimonyStatus) r[0], ((Number) r[1]).longValue()));
        byStatus.forEach((status, n) -> counts.put(Messages.text(locale, status.labelKey()), n));
        return Figure.single("testimonies", Figure.Kind.DOUGHNUT, Messages.text(locale, "dashboard.series.testimonies"), counts);
    }

    /** Year over year: mobilities per academic year of their call (the year filter does not apply). */
    private Figure years(DashboardFilter filter, CampusScope scope, Locale locale) {
        DashboardFilter everyYear = new DashboardFilter(null, filter.campus());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : placementRows("select c.academicYear, count(p)", "group by c.academicYear order by c.academicYear",
                everyYear, scope)) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return Figure.single("years", Figure.Kind.BAR, Messages.text(locale, "dashboard.series.mobilities"), counts);
    }

    private List<Object[]> placementRows(String select, String groupAndOrder, DashboardFilter filter, CampusScope scope) {
        return rows(select + " from Placement p join p.student s join p.host h join p.application a join a.call c",
                "p.state <> :cancelled", groupAndOrder, filter, scope, Map.of("cancelled", PlacementState.CANCELLED));
    }

    /** A grouped query with the scope and filters added to its where-clause; {@code s} is the student, {@code c} the call. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String from, String condition, String groupAndOrder, DashboardFilter filter,
                                CampusScope scope, Map<String, Object> parameters) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>(parameters);
        if (condition != null) {
            where.add(condition);
        }
        scope.condition("s.campus.code").ifPresent(where::add);
        if (scope.needsParameter()) {
            params.put(CampusScope.PARAMETER, scope.campuses());
        }
        if (filter.hasCampus()) {
            where.add("s.campus.code = :campus");
            params.put("campus", filter.campus());
        }
        if (filter.academicYear() != null) {
            where.add("c.academicYear = :academicYear");
            params.put("academicYear", filter.academicYear());
        }
        String jpql = from + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " " + groupAndOrder;
        Query query = em.createQuery(jpql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
