package fr.faireess.mobility.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.config.Settings;

/**
 * The retention table as configured, the purge runs, and the purge itself: every record past its
 * period is deleted, each in its own transaction ({@link RetentionPurge}); the run is then recorded
 * with its counts ({@link PurgeRun}) and one audit entry "PRIVACY_PURGE" that holds counts only. It
 * runs every night ({@link PurgeJob}) and when an administrator asks. Running it twice deletes
 * nothing more: what is gone is gone, what is kept is judged again.
 */
@ApplicationScoped
public class PrivacyService {

    static final int MAIL_BATCH = 500;
    private static final Logger LOG = Logger.getLogger(PrivacyService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject private RetentionPurge purge;
    @Inject private ModulePurge modulePurge;
    @Inject private AccountPurge accountPurge;
    @Inject private Clock clock;

    private final RetentionRule rule = new RetentionRule(Settings.fromConfig());

    public RetentionRule rule() {
        return rule;
    }

    public List<Retention> table() {
        return rule.table();
    }

    /** The latest run, nightly or manual. */
    public Optional<PurgeRun> lastRun() {
        return em.createQuery("select r from PurgeRun r order by r.finishedAt desc, r.id desc", PurgeRun.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** An administrator runs the purge now, as of today (Paris); the run is recorded under their name. */
    public PurgeRun runNow(Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        return run(today(), admin.actor());
    }

    /**
     * The system's run as of {@code today} (Paris): the nightly job's, on behalf of no one. It deletes
     * only what the retention table says is past its period, which is why it needs no role.
     */
    public PurgeRun runAsSystem(LocalDate today) {
        return run(today, Actor.SYSTEM);
    }

    /**
     * Deletes what is past retention on {@code today}; one record that cannot be deleted is logged,
     * counted as a failure and left for the next run. Not transactional itself: each record is.
     */
    private PurgeRun run(LocalDate today, Actor actor) {
        Instant started = Instant.now(clock);
        Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            counts.put(type, 0);
        }
        int failures = 0;
        for (Long id : purge.applicationCandidates(rule.applicationsClosedBefore(today))) {
            try {
                Optional<RecordType> purged = purge.purgeApplication(id, rule, today);
                purged.ifPresent(type -> counts.merge(type, 1, Integer::sum));
            } catch (RuntimeException e) {
                failures++;
                LOG.log(Level.WARNING, "Retention purge: application " + id + " not purged; the next run will try again", e);
            }
        }
        LocalDate moduleKeptFrom = rule.moduleKeptFrom(today);
        for (Long id : modulePurge.incidentCandidates(moduleKeptFrom)) {
            try {
                if (modulePurge.purgeIncident(id, rule, today)) {
                    counts.merge(RecordType.MODULE_RECORD, 1, Integer::sum);
                }
            } catch (RuntimeException e) {
                failures++;
                LOG.log(Level.WARNING, "Retention purge: critical incident " + id + " not purged; the next run will try again", e);
            }
        }
        for (Long id : modulePurge.sessionCandidates(rule, today)) {
            try {
                counts.merge(RecordType.MODULE_RECORD, modulePurge.purgeAttendance(id, rule, today), Integer::sum);
            } catch (RuntimeException e) {
                failures++;
                LOG.log(Level.WARNING, "Retention purge: attendance of session " + id + " not purged; the next run will try again", e);
            }
        }
        try {
            LocalDate mailCutoff = rule.of(RecordType.SENT_MAIL).cutoff(today);
            int batch;
            do {
                batch = purge.purgeSentMails(mailCutoff, MAIL_BATCH);
                counts.merge(RecordType.SENT_MAIL, batch, Integer::sum);
            } while (batch == MAIL_BATCH);
        } catch (RuntimeException e) {
            failures++;
            LOG.log(Level.WARNING, "Retention purge: sent mails not all purged; the next run will try again", e);
        }
        try {
            LocalDate unsentCutoff = rule.of(RecordType.UNSENT_MAIL).cutoff(today);
            int batch;
            do {
                batch = purge.purgeUnsentMails(unsentCutoff, MAIL_BATCH);
                counts.merge(RecordType.UNSENT_MAIL, batch, Integer::sum);
            } while (batch == MAIL_BATCH);
        } catch (RuntimeException e) {
            failures++;
            LOG.log(Level.WARNING, "Retention purge: unsent mails not all purged; the next run will try again", e);
        }
        try {
            counts.merge(RecordType.LOGIN_FAILURE,
                    purge.purgeLoginFailures(rule.of(RecordType.LOGIN_FAILURE).cutoff(today), Instant.now(clock)),
                    Integer::sum);
        } catch (RuntimeException e) {
            failures++;
            LOG.log(Level.WARNING, "Retention purge: login failures not purged; the next run will try again", e);
        }
        // Accounts last: what referred to them may have gone in this same run.
        for (Long id : accountPurge.candidates(rule.accountsLastSeenBefore(today))) {
            try {
                accountPurge.purge(id, rule, today).ifPresent(type -> counts.merge(type, 1, Integer::sum));
            } catch (RuntimeException e) {
                failures++;
                LOG.log(Level.WARNING, "Retention purge: account " + id + " not purged; the next run will try again", e);
            }
        }
        return purge.recordRun(new PurgeRun(started, Instant.now(clock), today, actor.email(), counts, failures), actor);
    }

    private LocalDate today() {
        return SchoolTime.toLocal(Instant.now(clock)).toLocalDate();
    }
}
