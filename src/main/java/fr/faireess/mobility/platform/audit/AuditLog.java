package fr.faireess.mobility.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes and reads audit entries. Callers pass who acted; the log adds when. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Joins the caller's transaction so the entry commits or rolls back with the change itself. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(Actor actor, String action, String subjectType, Object subjectId,
                             String fromState, String toState, String detail) {
        AuditEntry entry = new AuditEntry(Instant.now(clock), actor.id(), actor.email(), action, subjectType,
                subjectId == null ? null : subjectId.toString(), fromState, toState, detail);
        em.persist(entry);
        return entry;
    }

    public List<AuditEntry> history(String subjectType, Object subjectId) {
        return em.createQuery("""
                        select e from AuditEntry e
                        where e.subjectType = :type and e.subjectId = :id
                        order by e.occurredAt, e.id""", AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId.toString())
                .getResultList();
    }

    /** Who did something: an account, or the system itself (migrations, scheduled jobs). */
    public record Actor(Long id, String email) {
        public static final Actor SYSTEM = new Actor(null, "system");
    }
}
