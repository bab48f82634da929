package fr.faireess.mobility.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.mail.MailState;
import fr.faireess.mobility.testimony.TestimonyService;

/**
 * The deleting part of the purge, one record (or one batch) per transaction, so that one failure
 * loses nothing else and several instances may run it at once: an application is locked, re-read and
 * re-judged before anything goes; a second instance then finds it gone. Package-private: only
 * {@link PrivacyService} runs these steps, for the nightly job or an administrator it has checked.
 *
 * <p>Audit entries of a purged record are kept, as the trace of who decided what and when, but
 * without personal data: their free text (comments, reasons, names, file names, addresses) is
 * cleared, and students (the owner, co-authors of a testimony) disappear from the steps they took
 * themselves; staff names stay, as the trace of their decisions and reads. A
 * "RETENTION_PURGED" entry (type and starting day only) records the deletion.
 */
@ApplicationScoped
class RetentionPurge {

    static final String PURGED = "RETENTION_PURGED";
    static final String PURGE_RUN = "PRIVACY_PURGE";
    static final String RUN_SUBJECT = "PRIVACY";
    static final String MAIL_SUBJECT = "MAIL";
    private static final List<MailState> UNSENT = List.of(MailState.HELD, MailState.FAILED);

    /**
     * Everything that hangs off an application, children first. A new table that refers to an
     * application, a placement or a testimony must be added here (the purge would otherwise stop on
     * its foreign key, and PrivacyIT with it).
     */
    static final List<String> APPLICATION_CASCADE = List.of(
            "DELETE FROM placement_document WHERE placement_id IN (SELECT id FROM placement WHERE application_id = ?1)",
            "DELETE FROM placement_link WHERE placement_id IN (SELECT id FROM placement WHERE application_id = ?1)",
            "DELETE FROM learning_agreement WHERE placement_id IN (SELECT id FROM placement WHERE application_id = ?1)",
            "DELETE FROM grant_facts WHERE placement_id IN (SELECT id FROM placement WHERE application_id = ?1)",
            "DELETE FROM placement WHERE application_id = ?1",
            "DELETE FROM testimony_coauthor WHERE testimony_id IN (SELECT id FROM testimony WHERE application_id = ?1)",
            "DELETE FROM testimony_file WHERE testimony_id IN (SELECT id FROM testimony WHERE application_id = ?1)",
            "DELETE FROM testimony_comment WHERE testimony_id IN (SELECT id FROM testimony WHERE application_id = ?1)",
            "DELETE FROM testimony_consent WHERE testimony_id IN (SELECT id FROM testimony WHERE application_id = ?1)",
            "DELETE FROM testimony WHERE application_id = ?1",
            "DELETE FROM application_document WHERE application_id = ?1",
            "DELETE FROM application_comment WHERE application_id = ?1",
            "DELETE FROM application_wish WHERE application_id = ?1",
            "DELETE FROM mobility_application WHERE id = ?1");

    /** Clears a student's participant data once no application of theirs is left. */
    static final String FORGET_PARTICIPANT = "UPDATE account SET birth_date = NULL, nationality_code = NULL, gender = NULL,"
            + " version = version + 1 WHERE id = ?1 AND (birth_date IS NOT NULL OR nationality_code IS NOT NULL"
            + " OR gender IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM mobility_application m WHERE m.student_id = ?1)";

    @PersistenceContext
    private EntityManager em;

    @Inject private AuditLog audit;
    @Inject private PurgedAudit scrub;

    /** Applications whose call closed before {@code closedBefore} (Paris): the only ones a period can be over for. */
    @Transactional
    public List<Long> applicationCandidates(LocalDate closedBefore) {
        return em.createQuery("""
                        select a.id from MobilityApplication a join a.call c
                        where coalesce(c.closedEarlyAt, c.closesAt) < :limit order by a.id""", Long.class)
                .setParameter("limit", startOf(closedBefore)).getResultList();
    }

    /**
     * Deletes the application and everything hanging off it when its period is over on {@code today};
     * returns its record type then, nothing when it is kept (or already gone).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<RecordType> purgeApplication(long id, RetentionRule rule, LocalDate today) {
        MobilityApplication application = em.find(MobilityApplication.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            return Optional.empty();
        }
        List<Placement> placements = em.createQuery("select p from Placement p where p.application = :a", Placement.class)
                .setParameter("a", application).getResultList();
        ApplicationFacts facts = new ApplicationFacts(application.getStatus(), closingDay(application.getCall()),
                application.getEndOn(), placements.stream().map(p -> RetentionRule.placementEnd(p.getState(),
                        p.getPlannedEnd(), p.getActualEnd(), p.getStoppedOn())).toList());
        Optional<RetentionRule.Due> due = rule.pastRetention(facts, today);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        long studentId = application.getStudent().getId();
        List<String> placementIds = placements.stream().map(p -> p.getId().toString()).toList();
        List<String> testimonyIds = em.createQuery("select t.id from Testimony t where t.application = :a", Long.class)
                .setParameter("a", application).getResultList().stream().map(String::valueOf).toList();
        // What follows is SQL: nothing of this file may stay in the persistence context.
        em.clear();
        scrub.anonymise(ApplicationService.AUDIT_SUBJECT, List.of(String.valueOf(id)), studentId);
        scrub.anonymise(PlacementService.AUDIT_SUBJECT, placementIds, studentId);
        scrub.anonymise(TestimonyService.AUDIT_SUBJECT, testimonyIds, studentId);
        for (String statement : APPLICATION_CASCADE) {
            em.createNativeQuery(statement).setParameter(1, id).executeUpdate();
        }
        // The participant data (birth date, nationality, gender) serve the mobility files only: they go
        // with the student's last one.
        em.createNativeQuery(FORGET_PARTICIPANT).setParameter(1, studentId).executeUpdate();
        // The retention rule deletes, whoever started the run (the run's own entry names them).
        audit.record(Actor.SYSTEM, PURGED, ApplicationService.AUDIT_SUBJECT, id, null, null,
                due.get().type() + ", kept until " + due.get().keptUntil());
        return Optional.of(due.get().type());
    }

    /** Deletes up to {@code batch} mails sent before {@code sentBefore}; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeSentMails(LocalDate sentBefore, int batch) {
        List<Long> ids = em.createQuery("""
                        select m.id from OutgoingMail m
                        where m.state = fr.faireess.mobility.platform.mail.MailState.SENT and m.sentAt < :limit
                        order by m.id""", Long.class)
                .setParameter("limit", startOf(sentBefore)).setMaxResults(batch).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createQuery("update AuditEntry e set e.detail = null where e.subjectType = :type and e.subjectId in :ids")
                .setParameter("type", MAIL_SUBJECT).setParameter("ids", ids.stream().map(String::valueOf).toList())
                .executeUpdate();
        return em.createQuery("""
                        delete from OutgoingMail m
                        where m.id in :ids and m.state = fr.faireess.mobility.platform.mail.MailState.SENT""")
                .setParameter("ids", ids).executeUpdate();
    }

    /**
     * Deletes up to {@code batch} mails never sent (held or failed) queued before {@code queuedBefore};
     * returns how many. A mail an administrator sends again meanwhile is queued, and stays.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeUnsentMails(LocalDate queuedBefore, int batch) {
        List<Long> ids = em.createQuery("""
                        select m.id from OutgoingMail m
                        where m.state in :unsent and m.createdAt < :limit order by m.id""", Long.class)
                .setParameter("unsent", UNSENT).setParameter("limit", startOf(queuedBefore))
                .setMaxResults(batch).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        int deleted = em.createQuery("delete from OutgoingMail m where m.id in :ids and m.state in :unsent")
                .setParameter("ids", ids).setParameter("unsent", UNSENT).executeUpdate();
        // Only the mails actually gone lose their audit details (one sent again meanwhile stays whole).
        // No "select ... for update" to lock them first: H2 refuses FOR UPDATE with a row limit.
        List<Long> left = em.createQuery("select m.id from OutgoingMail m where m.id in :ids", Long.class)
                .setParameter("ids", ids).getResultList();
        List<String> gone = ids.stream().filter(id -> !left.contains(id)).map(String::valueOf).toList();
        if (!gone.isEmpty()) {
            em.createQuery("update AuditEntry e set e.detail = null where e.subjectType = :type and e.subjectId in :ids")
                    .setParameter("type", MAIL_SUBJECT).setParameter("ids", gone).executeUpdate();
        }
        return deleted;
    }

    /** Deletes failed-login counts last touched before {@code failedBefore} and not locking anything now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeLoginFailures(LocalDate failedBefore, Instant now) {
        return em.createQuery("""
                        delete from LoginThrottleRecord r
                        where r.lastFailure < :limit and (r.lockedUntil is null or r.lockedUntil < :now)""")
                .setParameter("limit", startOf(failedBefore)).setParameter("now", now).executeUpdate();
    }

    /** Records a finished run and its summary audit entry (counts only). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PurgeRun recordRun(PurgeRun run, Actor actor) {
        em.persist(run);
        em.flush();
        String summary = run.getCounts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ")) + ", failures=" + run.getFailures();
        audit.record(actor, PURGE_RUN, RUN_SUBJECT, run.getId(), null, null, summary);
        return run;
    }

    /** The day (Paris) a call closed or closes: its early closing if any, else its deadline. */
    static LocalDate closingDay(MobilityCall call) {
        Instant closed = call.getClosedEarlyAt() != null ? call.getClosedEarlyAt() : call.getClosesAt();
        return SchoolTime.toLocal(closed).toLocalDate();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(SchoolTime.ZONE).toInstant();
    }
}
