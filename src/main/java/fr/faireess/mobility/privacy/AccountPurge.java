package fr.faireess.mobility.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.SchoolTime;

/**
 * The purge of the accounts of students who left: a disabled account whose only role is student,
 * unused for the retention period, and that nothing refers to any more — its applications,
 * placements, testimonies, consents and module rows went with their own periods. One account per
 * transaction, locked and re-judged (an administrator may enable it meanwhile). The audit trail
 * keeps the entries about it and the steps it took, without its profile and without its name
 * ({@link PurgedAudit#forgetAccount}); a "RETENTION_PURGED" entry records the deletion.
 */
@ApplicationScoped
class AccountPurge {

    /**
     * Every column that refers to an account ({@code table.column}), from the migrations' foreign
     * keys: one row in any of them keeps the account. A new foreign key to {@code account} must be
     * added here or to {@link #ACCOUNT_CASCADE} (PurgeCascadeTest fails until it is).
     */
    static final List<String> ACCOUNT_REFERENCES = List.of(
            "mobility_application.student_id",
            "application_comment.author_id",
            "placement.student_id",
            "placement.referent_id",
            "testimony.student_id",
            "testimony_coauthor.account_id",
            "testimony_comment.author_id",
            "testimony_consent.account_id",
            "testimony_consent.recorded_by",
            "module_session.trainer_id",
            "module_material.uploaded_by_id",
            "bm_template.uploaded_by_id",
            "module_attendance.student_id",
            "module_attendance.recorded_by_id",
            "critical_incident.student_id",
            "critical_incident.reviewer_id",
            "api_client.account_id");

    /** What goes with the account itself, children first. */
    static final List<String> ACCOUNT_CASCADE = List.of(
            "DELETE FROM account_role WHERE account_id = ?1",
            "DELETE FROM password_link WHERE account_id = ?1",
            "DELETE FROM calendar_feed WHERE account_id = ?1",
            "DELETE FROM account WHERE id = ?1");

    @PersistenceContext
    private EntityManager em;

    @Inject private AuditLog audit;
    @Inject private PurgedAudit scrub;

    /** Disabled student accounts last used (or created) before {@code lastSeenBefore} (Paris). */
    @Transactional
    public List<Long> candidates(LocalDate lastSeenBefore) {
        return em.createQuery("""
                        select distinct a.id from Account a join a.roles r
                        where a.enabled = false and r = fr.faireess.mobility.identity.Role.STUDENT
                          and coalesce(a.lastLoginAt, a.createdAt) < :limit order by a.id""", Long.class)
                .setParameter("limit", RetentionPurge.startOf(lastSeenBefore)).getResultList();
    }

    /** Deletes the account when the rule says its period is over on {@code today}; its type then. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<RecordType> purge(long id, RetentionRule rule, LocalDate today) {
        Account account = em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return Optional.empty();
        }
        AccountFacts facts = new AccountFacts(account.getRoles(), account.isEnabled(), day(account.getCreatedAt()),
                account.getLastLoginAt() == null ? null : day(account.getLastLoginAt()), referred(id));
        Optional<RetentionRule.Due> due = rule.formerStudentPastRetention(facts, today);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        String email = account.getEmail();
        em.clear();
        scrub.forgetAccount(AccountService.AUDIT_SUBJECT, id, email);
        for (String statement : ACCOUNT_CASCADE) {
            em.createNativeQuery(statement).setParameter(1, id).executeUpdate();
        }
        audit.record(Actor.SYSTEM, RetentionPurge.PURGED, AccountService.AUDIT_SUBJECT, id, null, null,
                due.get().type() + ", kept until " + due.get().keptUntil());
        return Optional.of(due.get().type());
    }

    /** Whether any row still refers to the account. */
    private boolean referred(long id) {
        for (String reference : ACCOUNT_REFERENCES) {
            String[] tableColumn = reference.split("\\.");
            Number rows = (Number) em.createNativeQuery("SELECT COUNT(*) FROM " + tableColumn[0]
                    + " WHERE " + tableColumn[1] + " = ?1").setParameter(1, id).getSingleResult();
            if (rows.longValue() > 0) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate day(java.time.Instant instant) {
        return SchoolTime.toLocal(instant).toLocalDate();
    }
}
