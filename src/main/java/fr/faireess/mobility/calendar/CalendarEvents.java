package fr.faireess.mobility.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.identity.Role;
import fr.faireess.mobility.module.AcademicYears;
import fr.faireess.mobility.module.ModuleSession;
import fr.faireess.mobility.placement.LearningAgreement;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * What a person's feed holds, by role, read from the database within the same limits as their
 * pages: a student their own placements and their cohort's sessions; a trainer the sessions of
 * their campus; a coordinator the placements of the campuses they see ({@link CampusScope}). From a
 * year back ({@link CalendarDeadlines#since}); cancelled placements are left out.
 */
@ApplicationScoped
class CalendarEvents {

    private static final String UID_DOMAIN = "@mobilite.faire-ess.fr";
    private static final List<PlacementState> RUNNING = List.of(PlacementState.CONFIRMED, PlacementState.IN_PROGRESS);
    private static final List<PlacementState> LIVE = List.of(PlacementState.PROPOSED, PlacementState.CONFIRMED,
            PlacementState.IN_PROGRESS);

    @PersistenceContext
    private EntityManager em;

    List<CalendarEvent> of(Account account, LocalDate today, Locale locale) {
        LocalDate since = CalendarDeadlines.since(today);
        List<CalendarEvent> events = new ArrayList<>();
        if (account.hasRole(Role.STUDENT)) {
            events.addAll(sessions(studentSessions(account, today, since), locale));
            events.addAll(placements(account, CampusScope.of(account), since, locale));
        }
        if (account.hasRole(Role.TRAINER)) {
            events.addAll(sessions(campusSessions(CampusScope.of(account), since), locale));
        }
        if (account.hasRole(Role.COORDINATOR)) {
            events.addAll(placements(null, CampusScope.of(account), since, locale));
        }
        return events.stream().collect(Collectors.toMap(CalendarEvent::uid, e -> e, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
    }

    // ---------------------------------------------------------------- module sessions

    /** The sessions of the cohorts the student belonged to, year by year, on their campus. */
    private List<ModuleSession> studentSessions(Account student, LocalDate today, LocalDate since) {
        if (student.getCampus() == null || student.getProgramme() == null || student.getStudyYear() == null) {
            return List.of();
        }
        List<AcademicYears.CohortYear> cohorts = AcademicYears.cohortsOf(AcademicYears.of(today), student.getStudyYear());
        StringBuilder years = new StringBuilder();
        for (int i = 0; i < cohorts.size(); i++) {
            years.append(i == 0 ? "" : " or ").append("(s.academicYear.code = :y").append(i)
                    .append(" and c.studyYear = :n").append(i).append(')');
        }
        TypedQuery<ModuleSession> query = em.createQuery("select distinct s from ModuleSession s join s.cohorts c"
                + " where s.campus = :campus and c.programmeCode = :programme and s.startsAt >= :since and (" + years
                + ") order by s.startsAt", ModuleSession.class)
                .setParameter("campus", student.getCampus())
                .setParameter("programme", student.getProgramme().getCode())
                .setParameter("since", since.atStartOfDay());
        for (int i = 0; i < cohorts.size(); i++) {
            query.setParameter("y" + i, cohorts.get(i).academicYear()).setParameter("n" + i, cohorts.get(i).studyYear());
        }
        return query.getResultList();
    }

    private List<ModuleSession> campusSessions(CampusScope scope, LocalDate since) {
        TypedQuery<ModuleSession> query = em.createQuery("select s from ModuleSession s where s.startsAt >= :since"
                + scope.condition("s.campus.code").map(c -> " and " + c).orElse("") + " order by s.startsAt",
                ModuleSession.class).setParameter("since", since.atStartOfDay());
        if (scope.needsParameter()) {
            query.setParameter(CampusScope.PARAMETER, scope.campuses());
        }
        return query.getResultList();
    }

    private static List<CalendarEvent> sessions(List<ModuleSession> sessions, Locale locale) {
        return sessions.stream().map(s -> CalendarEvent.at("session-" + s.getId() + UID_DOMAIN,
                SchoolTime.toInstant(s.getStartsAt()),
                Messages.text(locale, "calendar.event.session", s.getTitle()),
                Messages.text(locale, "calendar.event.session.description", s.getCampus().getName(),
                        s.getTrainer().getFullName(), s.getCohortCodes()),
                s.getCampus().getName())).toList();
    }

    // ---------------------------------------------------------------- placements

    /** One student's placements ({@code student} given), or those of the campuses in {@code scope}. */
    private List<CalendarEvent> placements(Account student, CampusScope scope, LocalDate since, Locale locale) {
        String owner = student != null ? " and s = :student"
                : scope.condition("s.campus.code").map(c -> " and " + c).orElse("");
        TypedQuery<Placement> query = em.createQuery("select p from Placement p join fetch p.student s join fetch p.host"
                + " where p.state <> :cancelled and (p.plannedEnd >= :since or p.actualEnd >= :since)" + owner
                + " order by p.plannedStart, p.id", Placement.class)
                .setParameter("cancelled", PlacementState.CANCELLED).setParameter("since", since);
        bind(query, student, scope);
        List<CalendarEvent> events = new ArrayList<>();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        for (Placement p : query.getResultList()) {
            String who = p.getStudent().getFullName();
            String host = p.getHost().getName();
            p.countedPeriod().ifPresent(period -> {
                String description = Messages.text(locale, "calendar.event.placement.description", host,
                        p.getHost().getCountry().name(locale), dates.format(period.start()), dates.format(period.end()));
                events.add(CalendarEvent.allDay(uid(p, "departure"), period.start(),
                        Messages.text(locale, "calendar.event.departure", who, host), description));
                events.add(CalendarEvent.allDay(uid(p, "return"), period.end(),
                        Messages.text(locale, "calendar.event.return", who, host), description));
            });
            if (RUNNING.contains(p.getState()) && !p.hasCertificate()) {
                events.add(CalendarEvent.allDay(uid(p, "certificate"), CalendarDeadlines.certificateDue(p.getPlannedEnd()),
                        Messages.text(locale, "calendar.event.certificate", who),
                        Messages.text(locale, "calendar.event.certificate.description")));
            }
        }
        events.addAll(signatures(student, scope, since, locale, dates));
        return events;
    }

    /** First versions of live placements' agreements that still wait for a signature: due before departure. */
    private List<CalendarEvent> signatures(Account student, CampusScope scope, LocalDate since, Locale locale,
                                           DateTimeFormatter dates) {
        String owner = student != null ? " and s = :student"
                : scope.condition("s.campus.code").map(c -> " and " + c).orElse("");
        TypedQuery<LearningAgreement> query = em.createQuery("select a from LearningAgreement a join a.placement p"
                + " join p.student s where p.state in :live and a.number = 1"
                + " and a.number = (select max(b.number) from LearningAgreement b where b.placement = a.placement)"
                + " and (a.studentSignedAt is null or a.coordinatorSignedAt is null or a.mentorSignedAt is null)"
                + " and p.plannedStart >= :since" + owner, LearningAgreement.class)
                .setParameter("live", LIVE).setParameter("since", since);
        bind(query, student, scope);
        return query.getResultList().stream().map(a -> {
            LocalDate due = CalendarDeadlines.signatureDue(a.getPlannedStart());
            return CalendarEvent.allDay(uid(a.getPlacement(), "signature"), due,
                    Messages.text(locale, "calendar.event.signature", a.getPlacement().getStudent().getFullName()),
                    Messages.text(locale, "calendar.event.signature.description", dates.format(due)));
        }).toList();
    }

    private static void bind(TypedQuery<?> query, Account student, CampusScope scope) {
        if (student != null) {
            query.setParameter("student", student);
        } else if (scope.needsParameter()) {
            query.setParameter(CampusScope.PARAMETER, scope.campuses());
        }
    }

    private static String uid(Placement placement, String what) {
        return "placement-" + placement.getId() + "-" + what + UID_DOMAIN;
    }
}
