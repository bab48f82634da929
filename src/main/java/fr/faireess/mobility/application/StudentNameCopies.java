package fr.faireess.mobility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.identity.AccountRenamed;

/**
 * Keeps the copy of each student's names on their application files (the review list's order by
 * name, see {@link MobilityApplication}) equal to the account's: a rename rewrites them in the same
 * transaction, so the list never shows a file in the place of a name it no longer has.
 */
@ApplicationScoped
public class StudentNameCopies {

    @PersistenceContext
    private EntityManager em;

    void onRename(@Observes AccountRenamed renamed) {
        em.createQuery("update MobilityApplication a set a.studentLastName = :last, a.studentFirstName = :first"
                        + " where a.student.id = :student")
                .setParameter("last", renamed.lastName())
                .setParameter("first", renamed.firstName())
                .setParameter("student", renamed.accountId())
                .executeUpdate();
    }
}
