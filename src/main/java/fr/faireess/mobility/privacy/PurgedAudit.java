package fr.faireess.mobility.privacy;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Takes the personal data out of the audit entries of purged records, inside the purge's own
 * transaction: the entries stay as the trace of who decided what and when, without their free text,
 * and without the students behind the steps they took themselves (staff names stay).
 */
@ApplicationScoped
class PurgedAudit {

    @PersistenceContext
    private EntityManager em;

    /**
     * Clears the free text of the entries about these subjects and removes {@code studentId} and
     * every other student from the steps they took on them (co-authors, for instance).
     */
    void anonymise(String subjectType, Collection<String> ids, long studentId) {
        if (ids.isEmpty()) {
            return;
        }
        em.createQuery("update AuditEntry e set e.detail = null where e.subjectType = :type and e.subjectId in :ids")
                .setParameter("type", subjectType).setParameter("ids", ids).executeUpdate();
        // Which actors are students is read first: a bulk update with that subquery sends
        // EclipseLink's MySQL platform into an endless recursion (StackOverflowError), while H2 accepts it.
        List<Long> actors = em.createQuery("""
                        select distinct e.actorId from AuditEntry e
                        where e.subjectType = :type and e.subjectId in :ids and e.actorId is not null""", Long.class)
                .setParameter("type", subjectType).setParameter("ids", ids).getResultList();
        Set<Long> students = new HashSet<>(List.of(studentId));
        if (!actors.isEmpty()) {
            students.addAll(em.createQuery("""
                            select a.id from Account a join a.roles r
                            where a.id in :actors and r = fr.faireess.mobility.platform.security.Role.STUDENT""", Long.class)
                    .setParameter("actors", actors).getResultList());
        }
        em.createQuery("""
                        update AuditEntry e set e.actorId = null, e.actorEmail = null
                        where e.subjectType = :type and e.subjectId in :ids and e.actorId in :students""")
                .setParameter("type", subjectType).setParameter("ids", ids).setParameter("students", students)
                .executeUpdate();
    }

    /**
     * Before an account is deleted: the entries about it lose their free text (profiles, names), and
     * the person disappears from every step they took, under their id or their address (a lock-out
     * is recorded under the address typed).
     */
    void forgetAccount(String accountSubject, long accountId, String email) {
        em.createQuery("update AuditEntry e set e.detail = null where e.subjectType = :type and e.subjectId = :id")
                .setParameter("type", accountSubject).setParameter("id", String.valueOf(accountId)).executeUpdate();
        em.createQuery("""
                        update AuditEntry e set e.actorId = null, e.actorEmail = null
                        where e.actorId = :id or e.actorEmail = :email""")
                .setParameter("id", accountId).setParameter("email", email).executeUpdate();
    }
}
