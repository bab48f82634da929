package fr.faireess.mobility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.call.SelectionCount;

/** The one count of a call's selected files (the quota's measure), for calls and applications alike. */
@ApplicationScoped
public class SelectedFiles implements SelectionCount {

    @PersistenceContext
    private EntityManager em;

    /** Joins the caller's transaction (the quota check) or runs in its own, never without one. */
    @Override
    @Transactional
    public long selected(long callId) {
        return em.createQuery("select count(a) from MobilityApplication a where a.call.id = :call and a.status = :selected",
                        Long.class)
                .setParameter("call", callId).setParameter("selected", ApplicationStatus.SELECTED).getSingleResult();
    }
}
