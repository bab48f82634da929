package fr.faireess.mobility.placement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.application.MobilityApplication;

/**
 * Read-only answers about how far placements have gone, for pages that show many of them or that
 * lead to the next step: the pending signatures of a page of placements (one query), and the live
 * placement of an application. The caller has already checked that the reader may see them.
 */
@ApplicationScoped
public class PlacementProgress {

    /** JPQL: {@code a} is the highest-numbered version of its placement. */
    public static final String CURRENT_VERSION =
            "a.number = (select max(b.number) from LearningAgreement b where b.placement = a.placement)";

    @PersistenceContext
    private EntityManager em;

    /** The pending signatures of each placement's current agreement version, by placement id. */
    public Map<Long, PendingSignatures> pendingSignatures(Collection<Placement> placements) {
        if (placements.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = placements.stream().map(Placement::getId).distinct().toList();
        return em.createQuery("select a from LearningAgreement a where a.placement.id in :ids and " + CURRENT_VERSION,
                        LearningAgreement.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(a -> a.getPlacement().getId(), PendingSignatures::of, (x, y) -> x));
    }

    /** The application's placement that is not cancelled, if there is one. */
    public Optional<Placement> liveOf(MobilityApplication application) {
        return em.createQuery("select p from Placement p where p.application = :a and p.state <> :cancelled order by p.id desc",
                        Placement.class)
                .setParameter("a", application).setParameter("cancelled", PlacementState.CANCELLED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The live placements of these applications, by application id. */
    public Map<Long, Placement> liveOf(Collection<MobilityApplication> applications) {
        if (applications.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Placement p where p.application in :apps and p.state <> :cancelled",
                        Placement.class)
                .setParameter("apps", applications).setParameter("cancelled", PlacementState.CANCELLED)
                .getResultList().stream()
                .collect(Collectors.toMap(p -> p.getApplication().getId(), Function.identity(), (x, y) -> x));
    }
}
