package fr.faireess.mobility.module;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.reference.AcademicYear;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.Country;
import fr.faireess.mobility.reference.Programme;

/**
 * Module sessions and their attendance. Staff see the sessions of the campuses they see
 * ({@link CampusScope}: trainers and coordinators their own campus unless an administrator allowed
 * them both, administrators every campus; another campus's session is as absent as a guessed id);
 * only a session's trainer (or an administrator) changes it or its attendance. Students see their
 * own attendance only.
 */
@ApplicationScoped
public class ModuleSessionService {

    /** Sessions are planned and shown in the schools' local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    public static final String AUDIT_SUBJECT = "MODULE_SESSION";
    /** Who reads sessions and their grids: the module's staff (students read their own marks only). */
    static final Role[] STAFF = {Role.TRAINER, Role.ADMIN, Role.COORDINATOR};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZONE));
    }

    /** The academic year we are in, e.g. {@code 2026-2027}. */
    public String currentAcademicYear() {
        return AcademicYears.of(now().toLocalDate());
    }

    // ---------------------------------------------------------------- sessions

    /**
     * A session, for staff who see its campus: the one read every action on a session id goes
     * through (a student, or another campus's staff, gets nothing, whatever the id).
     */
    public Optional<ModuleSession> find(long id, Account viewer) {
        if (!isStaff(viewer)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ModuleSession.class, id)).filter(s -> inScope(s, viewer));
    }

    /** One page of the sessions matching the criteria, within the campuses {@code viewer} sees. */
    public List<ModuleSession> search(SessionCriteria criteria, int first, int pageSize, Account viewer) {
        RoleGuard.require(viewer, STAFF);
        TypedQuery<ModuleSession> query = criteria.apply(em, "select s from ModuleSession s", ModuleSession.class,
                " order by s.startsAt desc, s.id desc", CampusScope.of(viewer));
        return batch(query).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(SessionCriteria criteria, Account viewer) {
        RoleGuard.require(viewer, STAFF);
        return count(criteria, CampusScope.of(viewer));
    }

    private long count(SessionCriteria criteria, CampusScope scope) {
        return criteria.apply(em, "select count(s) from ModuleSession s", Long.class, "", scope).getSingleResult();
    }

    /** Every session matching the criteria in date order, within the campuses {@code viewer} sees, for the exports. */
    public List<ModuleSession> all(SessionCriteria criteria, Account viewer) {
        RoleGuard.require(viewer, STAFF);
        return batch(criteria.apply(em, "select s from ModuleSession s", ModuleSession.class, " order by s.startsAt, s.id",
                CampusScope.of(viewer))).getResultList();
    }

    /** A trainer's next sessions. */
    public List<ModuleSession> upcoming(Account trainer, int max) {
        return batch(em.createQuery("""
                        select s from ModuleSession s where s.trainer = :trainer and s.startsAt >= :now
                        order by s.startsAt""", ModuleSession.class)
                .setParameter("trainer", trainer).setParameter("now", now()))
                .setMaxResults(max).getResultList();
    }

    /** A trainer's sessions that have taken place and whose attendance was never saved. */
    public List<ModuleSession> awaitingAttendance(Account trainer) {
        return batch(em.createQuery("""
                        select s from ModuleSession s
                        where s.trainer = :trainer and s.startsAt < :now and s.attendanceRecordedAt is null
                        order by s.startsAt""", ModuleSession.class)
                .setParameter("trainer", trainer).setParameter("now", now()))
                .getResultList();
    }

    /** How many sessions of any trainer this academic year took place without their attendance saved (admin home). */
    public long countAwaitingAttendance() {
        return count(new SessionCriteria(currentAcademicYear(), null, null, now()), CampusScope.all());
    }

    @Transactional
    public ModuleSession create(SessionForm form, Account trainer) {
        RoleGuard.require(trainer, Role.TRAINER, Role.ADMIN);
        Described described = check(form, trainer);
        ModuleSession session = new ModuleSession(trainer, Instant.now(clock));
        apply(session, form, described);
        em.persist(session);
        em.flush();
        audit.record(trainer.actor(), "MODULE_SESSION_CREATED", AUDIT_SUBJECT, session.getId(), null, null, form.toString());
        return session;
    }

    @Transactional
    public ModuleSession update(long id, SessionForm form, Account actor) {
        RoleGuard.require(actor, Role.TRAINER, Role.ADMIN);
        ModuleSession session = find(id, actor).orElseThrow(NotFoundException::new);
        if (!session.editableBy(actor)) {
            throw new BusinessException("module.session.notYours");
        }
        if (form.getVersion() == null || form.getVersion() != session.getVersion()) {
            throw new ConcurrentModificationException();
        }
        Described described = check(form, actor);
        apply(session, form, described);
        em.flush();
        audit.record(actor.actor(), "MODULE_SESSION_UPDATED", AUDIT_SUBJECT, id, null, null, form.toString());
        return session;
    }

    private record Described(AcademicYear year, Campus campus, Set<SessionCohort> cohorts, List<Country> guestCountries) {
    }

    /** Every check, before anything is written; the campus must be one the actor sees. */
    private Described check(SessionForm form, Account actor) {
        Set<SessionCohort> cohorts = SessionFormCheck.check(form);
        AcademicYear year = em.find(AcademicYear.class, AcademicYears.of(form.getDate()));
        if (year == null) {
            throw new BusinessException("date", "module.session.dateOutOfRange");
        }
        Campus campus = em.find(Campus.class, form.getCampusCode());
        if (campus == null) {
            throw new BusinessException("campus", "module.session.campusRequired");
        }
        if (!CampusScope.of(actor).allows(campus.getCode())) {
            throw new BusinessException("campus", "module.session.campusOutOfScope");
        }
        for (SessionCohort cohort : cohorts) {
            if (em.find(Programme.class, cohort.getProgrammeCode()) == null) {
                throw new BusinessException("cohorts", "module.session.cohortUnknown");
            }
        }
        List<Country> countries = new ArrayList<>();
        List<GuestForm> guests = form.filledGuests();
        for (int i = 0; i < guests.size(); i++) {
            Country country = em.find(Country.class, guests.get(i).getCountryCode());
            if (country == null) {
                throw new BusinessException("guests", "module.session.guestCountryRequired", i + 1);
            }
            countries.add(country);
        }
        return new Described(year, campus, cohorts, countries);
    }

    private static void apply(ModuleSession session, SessionForm form, Described described) {
        session.describe(described.year(), described.campus(), form.getDate().atTime(form.getTime()), form.getTitle(),
                form.getFormat(), described.cohorts(), List.of(form.getMovements()), form.getTrainerNotes(),
                form.getMaterialUrl());
        List<GuestForm> guests = form.filledGuests();
        List<ModuleGuest> replacement = new ArrayList<>();
        for (int i = 0; i < guests.size(); i++) {
            GuestForm g = guests.get(i);
            replacement.add(new ModuleGuest(session, g.getFullName(), described.guestCountries().get(i), g.getOrganisation(),
                    g.getRole()));
        }
        session.replaceGuests(replacement);
    }

    // ---------------------------------------------------------------- attendance

    /**
     * The attendance grid of a session, for staff: every student who was in one of its cohorts in
     * the session's academic year, plus anyone already marked, by name.
     */
    public List<AttendanceRow> attendanceGrid(long sessionId, Account viewer) {
        RoleGuard.require(viewer, STAFF);
        ModuleSession session = find(sessionId, viewer).orElseThrow(NotFoundException::new);
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        Map<Long, Account> students = new LinkedHashMap<>();
        for (Attendance a : em.createQuery("select a from Attendance a join fetch a.student where a.session = :s",
                Attendance.class).setParameter("s", session).getResultList()) {
            marks.put(a.getStudent().getId(), a.getStatus());
            students.put(a.getStudent().getId(), a.getStudent());
        }
        for (Account student : cohortStudents(session)) {
            students.putIfAbsent(student.getId(), student);
        }
        String current = currentAcademicYear();
        String year = session.getAcademicYear().getCode();
        return students.values().stream()
                .sorted(Comparator.comparing(Account::getLastName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Account::getFirstName, String.CASE_INSENSITIVE_ORDER).thenComparing(Account::getId))
                .map(s -> new AttendanceRow(s.getId(), s.getLastName(), s.getFirstName(),
                        s.getProgramme() == null ? "" : s.getProgramme().getCode() + "-"
                                + AcademicYears.studyYearIn(year, current, s.getStudyYear()),
                        marks.get(s.getId())))
                .toList();
    }

    /** Students who were in one of the session's cohorts during its academic year. */
    List<Account> cohortStudents(ModuleSession session) {
        int shift = AcademicYears.distance(session.getAcademicYear().getCode(), currentAcademicYear());
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        int i = 0;
        for (SessionCohort cohort : session.getCohorts()) {
            clauses.add("(a.programme.code = :p" + i + " and a.studyYear = :y" + i + ")");
            params.put("p" + i, cohort.getProgrammeCode());
            params.put("y" + i, cohort.getStudyYear() + shift);
            i++;
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        TypedQuery<Account> query = em.createQuery("select a from Account a where :role member of a.roles"
                + " and a.enabled = true and a.campus = :campus and (" + String.join(" or ", clauses) + ")", Account.class)
                .setParameter("role", Role.STUDENT).setParameter("campus", session.getCampus());
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Saves a whole attendance grid in one transaction: one mark per student of the session, nobody
     * else; refused as a whole if anything is wrong, or if the session changed since the grid was
     * loaded ({@code sessionVersion}). Returns how many marks were saved.
     */
    @Transactional
    public int recordAttendance(long sessionId, long sessionVersion, Map<Long, AttendanceStatus> marks, Account actor) {
        RoleGuard.require(actor, Role.TRAINER, Role.ADMIN);
        ModuleSession session = find(sessionId, actor).orElseThrow(NotFoundException::new);
        if (!session.editableBy(actor)) {
            throw new BusinessException("module.attendance.notYourSession");
        }
        if (session.getVersion() != sessionVersion) {
            throw new ConcurrentModificationException();
        }
        Map<Long, String> cohort = new LinkedHashMap<>();
        for (AttendanceRow row : attendanceGrid(sessionId, actor)) {
            cohort.put(row.getStudentId(), row.getFullName());
        }
        try {
            AttendanceGrid.check(cohort, marks);
        } catch (BusinessException e) {
            if (e.messageKey().equals("module.attendance.notInCohort")) {
                Account outsider = em.find(Account.class, e.arguments()[0]);
                throw new BusinessException("grid", "module.attendance.notInCohort",
                        outsider == null ? String.valueOf(e.arguments()[0]) : outsider.getFullName());
            }
            throw e;
        }
        Map<Long, Attendance> existing = new HashMap<>();
        em.createQuery("select a from Attendance a where a.session = :s", Attendance.class).setParameter("s", session)
                .getResultList().forEach(a -> existing.put(a.getStudent().getId(), a));
        Instant now = Instant.now(clock);
        Map<AttendanceStatus, Integer> totals = new LinkedHashMap<>();
        for (Map.Entry<Long, AttendanceStatus> mark : marks.entrySet()) {
            Attendance attendance = existing.get(mark.getKey());
            if (attendance == null) {
                attendance = new Attendance(session, em.find(Account.class, mark.getKey()));
                em.persist(attendance);
            }
            attendance.mark(mark.getValue(), now, actor.getId());
            totals.merge(mark.getValue(), 1, Integer::sum);
        }
        String before = session.getAttendanceRecordedAt() == null ? "NOT_RECORDED" : "RECORDED";
        session.attendanceRecorded(now);
        em.flush();
        audit.record(actor.actor(), "MODULE_ATTENDANCE_RECORDED", AUDIT_SUBJECT, sessionId, before, "RECORDED",
                totals.toString());
        return marks.size();
    }

    /** A student's own attendance, latest session first. */
    public List<Attendance> attendanceOf(Account student) {
        return em.createQuery("""
                        select a from Attendance a join fetch a.session s
                        where a.student = :student order by s.startsAt desc""", Attendance.class)
                .setParameter("student", student).getResultList();
    }

    static boolean isStaff(Account viewer) {
        return RoleGuard.allows(viewer, STAFF);
    }

    /** A session belongs to its campus: staff see it when their scope allows that campus. */
    static boolean inScope(ModuleSession session, Account viewer) {
        return isStaff(viewer) && CampusScope.of(viewer).allows(session.getCampus().getCode());
    }

    /** Loads the cohorts, movements and guests of a page of sessions in a few queries, not one per row. */
    private static <T> TypedQuery<T> batch(TypedQuery<T> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.cohorts")
                .setHint("eclipselink.batch", "s.movements")
                .setHint("eclipselink.batch", "s.guests");
    }
}
