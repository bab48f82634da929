package fr.faireess.mobility.privacy;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.module.CriticalIncident;
import fr.faireess.mobility.module.CriticalIncidentService;
import fr.faireess.mobility.module.ModuleSession;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.SchoolTime;

/**
 * The purge of students' module rows past retention: a session's attendance marks (one session per
 * transaction, the session locked so that marks being recorded wait) and each critical-incident
 * analysis (locked and re-judged, like an application). The sessions stay, with their cohorts,
 * guests, files and notes: they are the school's teaching records, not a student's. Each deletion
 * leaves a "RETENTION_PURGED" entry on the session or incident; the incident's own entries lose
 * their free text and the student's name.
 */
@ApplicationScoped
class ModulePurge {

    /** What hangs off a critical incident, children first (none yet: PurgeCascadeTest checks). */
    static final List<String> INCIDENT_CASCADE = List.of(
            "DELETE FROM critical_incident WHERE id = ?1");

    /** A session's per-student rows, children first (PurgeCascadeTest checks nothing refers to them). */
    static final List<String> ATTENDANCE_CASCADE = List.of(
            "DELETE FROM module_attendance WHERE session_id = ?1");

    @PersistenceContext
    private EntityManager em;

    @Inject private AuditLog audit;
    @Inject private PurgedAudit scrub;

    /** Incidents last changed before {@code keptFrom} (Paris): those of academic years past retention. */
    @Transactional
    public List<Long> incidentCandidates(LocalDate keptFrom) {
        return em.createQuery("select i.id from CriticalIncident i where i.updatedAt < :limit order by i.id", Long.class)
                .setParameter("limit", RetentionPurge.startOf(keptFrom)).getResultList();
    }

    /** Sessions of academic years past retention on {@code today} that still have attendance marks. */
    @Transactional
    public List<Long> sessionCandidates(RetentionRule rule, LocalDate today) {
        List<String> past = em.createQuery("select distinct s.academicYear.code from ModuleSession s", String.class)
                .getResultList().stream().filter(year -> rule.moduleYear(year).isPastOn(today)).toList();
        if (past.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select distinct a.session.id from Attendance a
                        where a.session.academicYear.code in :years order by a.session.id""", Long.class)
                .setParameter("years", past).getResultList();
    }

    /** Deletes the incident when its academic year is past retention on {@code today}; true when it did. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean purgeIncident(long id, RetentionRule rule, LocalDate today) {
        CriticalIncident incident = em.find(CriticalIncident.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (incident == null) {
            return false;
        }
        RetentionRule.Due due = rule.incident(SchoolTime.toLocal(incident.getUpdatedAt()).toLocalDate());
        if (!due.isPastOn(today)) {
            return false;
        }
        long studentId = incident.getStudent().getId();
        em.clear();
        scrub.anonymise(CriticalIncidentService.AUDIT_SUBJECT, List.of(String.valueOf(id)), studentId);
        for (String statement : INCIDENT_CASCADE) {
            em.createNativeQuery(statement).setParameter(1, id).executeUpdate();
        }
        audit.record(Actor.SYSTEM, RetentionPurge.PURGED, CriticalIncidentService.AUDIT_SUBJECT, id, null, null,
                due.type() + ", kept until " + due.keptUntil());
        return true;
    }

    /**
     * Deletes the attendance marks of the session when its academic year is past retention on
     * {@code today}; returns how many (0 when kept, or already purged by another run).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeAttendance(long sessionId, RetentionRule rule, LocalDate today) {
        ModuleSession session = em.find(ModuleSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            return 0;
        }
        RetentionRule.Due due = rule.moduleYear(session.getAcademicYear().getCode());
        if (!due.isPastOn(today)) {
            return 0;
        }
        em.clear();
        int marks = 0;
        for (String statement : ATTENDANCE_CASCADE) {
            // Children first: the last statement deletes the marks themselves, and counts them.
            marks = em.createNativeQuery(statement).setParameter(1, sessionId).executeUpdate();
        }
        if (marks > 0) {
            // The session's own entries hold counts, never names: they stay as they are.
            audit.record(Actor.SYSTEM, RetentionPurge.PURGED, ModuleSessionService.AUDIT_SUBJECT, sessionId, null, null,
                    due.type() + ", kept until " + due.keptUntil() + ", " + marks + " attendance mark(s)");
        }
        return marks;
    }
}
