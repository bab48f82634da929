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
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
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

    /** The figures of the trainer's dashboard (admins may read them too). */
    public static final List<String> TRAINER_FIGURES = List.of("attendance", "analyses", "module");

    /** What a placement figure reads beyond the placement and its student: its host ({@code h}), its call ({@code c}). */
    private enum Join { HOST, CALL }

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
        if (TRAINER_FIGURES.contains(key) && !FIGURES.contains(key)) {
            RoleGuard.require(viewer, Role.TRAINER, Role.ADMIN);
        } else if (FIGURES.contains(key) && !TRAINER_FIGURES.contains(key)) {
            RoleGuard.require(viewer, Role.COORDINATOR, Role.ADMIN);
        } else {
            RoleGuard.require(viewer, Role.COORDINATOR, Role.TRAINER, Role.ADMIN);
        }
        CampusScope scope = CampusScope.of(viewer);
        return switch (key) {
            case "attendance" -> attendance(filter, scope, locale);
            case "analyses" -> analyses(filter, scope, locale);
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
                filter, scope, Join.HOST)) {
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
                everyYear, scope, Join.CALL)) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return Figure.single("years", Figure.Kind.BAR, Messages.text(locale, "dashboard.series.mobilities"), counts);
    }

    /**
     * Attendance recorded at the module's sessions, per cohort (the student's programme, year of
     * study and campus) and status: present, excused, absent.
     */
    private Figure attendance(DashboardFilter filter, CampusScope scope, Locale locale) {
        List<Object[]> rows = rows("select s.programme.code, s.studyYear, s.campus.name, at.status, count(at)"
                + " from Attendance at join at.student s join at.session ss", null,
                "group by s.programme.code, s.studyYear, s.campus.name, at.status"
                        + " order by s.campus.name, s.programme.code, s.studyYear",
                filter, scope, Map.of(), "ss.academicYear.code");
        return byCohortAndStatus("attendance", rows, locale,
                Arrays.stream(fr.faireess.mobility.module.AttendanceStatus.values()).map(st -> (Object) st).toList(),
                st -> ((fr.faireess.mobility.module.AttendanceStatus) st).labelKey());
    }

    /** Critical-incident analyses handed in (drafts are the student's own), per cohort and status. */
    private Figure analyses(DashboardFilter filter, CampusScope scope, Locale locale) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("draft", fr.faireess.mobility.module.IncidentStatus.DRAFT);
        String condition = "ci.status <> :draft";
        if (filter.callYear() != null) {
            // An analysis belongs to the academic year of the situation it analyses.
            condition += " and ci.occurredOn >= :yearStart and ci.occurredOn < :yearEnd";
            params.put("yearStart", java.time.LocalDate.of(filter.callYear(), 9, 1));
            params.put("yearEnd", java.time.LocalDate.of(filter.callYear() + 1, 9, 1));
        }
        List<Object[]> rows = rows("select s.programme.code, s.studyYear, s.campus.name, ci.status, count(ci)"
                + " from CriticalIncident ci join ci.student s", condition,
                "group by s.programme.code, s.studyYear, s.campus.name, ci.status"
                        + " order by s.campus.name, s.programme.code, s.studyYear",
                new DashboardFilter(null, filter.campus()), scope, params);
        return byCohortAndStatus("analyses", rows, locale,
                Arrays.stream(fr.faireess.mobility.module.IncidentStatus.values())
                        .filter(st -> st != fr.faireess.mobility.module.IncidentStatus.DRAFT).map(st -> (Object) st).toList(),
                st -> ((fr.faireess.mobility.module.IncidentStatus) st).labelKey());
    }

    /** "1re année", "Year 2"…: the module's names of the years of study (the number itself beyond them). */
    static String studyYear(Locale locale, Object year) {
        String key = switch (String.valueOf(year)) {
            case "1" -> "module.studyYear.1";
            case "2" -> "module.studyYear.2";
            case "3" -> "module.studyYear.3";
            default -> null;
        };
        return key == null ? String.valueOf(year) : Messages.text(locale, key);
    }

    /** Rows of (programme, study year, campus name, status, count) as a cohort × status figure. */
    private static Figure byCohortAndStatus(String key, List<Object[]> rows, Locale locale, List<Object> statuses,
                                            java.util.function.Function<Object, String> labelKey) {
        List<String> categories = new ArrayList<>();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String cohort = Messages.text(locale, "dashboard.cohort", row[0], studyYear(locale, row[1]), row[2]);
            if (!categories.contains(cohort)) {
                categories.add(cohort);
            }
            counts.computeIfAbsent(Messages.text(locale, labelKey.apply(row[3])), k -> new LinkedHashMap<>())
                    .merge(cohort, ((Number) row[4]).longValue(), Long::sum);
        }
        List<String> series = statuses.stream().map(st -> Messages.text(locale, labelKey.apply(st)))
                .filter(counts::containsKey).toList();
        return Figure.crossed(key, Figure.Kind.STACKED_BAR, categories, series, counts);
    }

    /**
     * Placements grouped as {@code select}/{@code groupAndOrder} say. The host and the call (through
     * the application) are joined only when the figure asks for them ({@code joins}) or the year
     * filter needs the call: every join is on a required relation, so the rows are the same, but a
     * database given the call to join starts from the calls and walks every application to find the
     * placements (ScaleBenchmark: 800 ms for the dashboard at 100,000 applications on MariaDB).
     */
    private List<Object[]> placementRows(String select, String groupAndOrder, DashboardFilter filter, CampusScope scope,
                                         Join... joins) {
        List<Join> wanted = List.of(joins);
        StringBuilder from = new StringBuilder(" from Placement p join p.student s");
        if (wanted.contains(Join.HOST)) {
            from.append(" join p.host h");
        }
        if (wanted.contains(Join.CALL) || filter.academicYear() != null) {
            from.append(" join p.application a join a.call c");
        }
        return rows(select + from, "p.state <> :cancelled", groupAndOrder, filter, scope,
                Map.of("cancelled", PlacementState.CANCELLED));
    }

    /** A grouped query with the scope and filters added to its where-clause; {@code s} is the student, {@code c} the call. */
    private List<Object[]> rows(String from, String condition, String groupAndOrder, DashboardFilter filter,
                                CampusScope scope, Map<String, Object> parameters) {
        return rows(from, condition, groupAndOrder, filter, scope, parameters, "c.academicYear");
    }

    /** The same, the year filter applying to the academic year code at {@code yearPath}. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String from, String condition, String groupAndOrder, DashboardFilter filter,
                                CampusScope scope, Map<String, Object> parameters, String yearPath) {
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
            where.add(yearPath + " = :academicYear");
            params.put("academicYear", filter.academicYear());
        }
        String jpql = from + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " " + groupAndOrder;
        Query query = em.createQuery(jpql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
