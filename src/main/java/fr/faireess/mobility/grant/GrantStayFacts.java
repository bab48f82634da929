package fr.faireess.mobility.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.placement.PlacementDuration;
import fr.faireess.mobility.placement.StayFacts;

/** The placement rules' view of the grant facts: days of interruption and force majeure. */
@ApplicationScoped
public class GrantStayFacts implements StayFacts {

    @PersistenceContext
    private EntityManager em;

    @Override
    public PlacementDuration.Stay of(long placementId) {
        GrantFacts facts = em.find(GrantFacts.class, placementId);
        return facts == null ? PlacementDuration.Stay.NONE : stayOf(facts);
    }

    static PlacementDuration.Stay stayOf(GrantFacts facts) {
        return new PlacementDuration.Stay(facts.getInterruptionDays(), facts.isForceMajeure());
    }
}
