package fr.faireess.mobility.placement;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;

/**
 * A placement's state moves (confirmed, under way, completed, cancelled, interrupted): each through
 * {@link Placement#moveTo} after {@link PlacementTransitionRule}, audited in the same transaction,
 * the student (and on a stop the academic referent) told by e-mail ({@link PlacementChanged}). Coordinators only, within their
 * campuses.
 */
@ApplicationScoped
public class PlacementLifecycle {

    @Inject private PlacementService placements;
    @Inject private AuditLog audit;
    @Inject private Event<PlacementChanged> changed;

    /**
     * Moves the placement to {@code target} (CONFIRMED, IN_PROGRESS, COMPLETED, CANCELLED,
     * INTERRUPTED) if {@link PlacementTransitionRule} allows it; refused if someone changed the
     * placement since {@code version}.
     */
    @Transactional
    public Placement move(long id, PlacementState target, String reason, LocalDate date, long version, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Placement placement = placements.forCoordinator(id, coordinator);
        if (placement.getVersion() != version) {
            throw new ConcurrentModificationException();
        }
        boolean signed = placements.currentAgreement(placement).isSignedByAll();
        PlacementTransitionRule.refusal(new PlacementTransitionRule.Facts(placement.getState(), signed,
                placement.hasCertificate(), placement.getPlannedStart()), target, reason, date).ifPresent(e -> {
                    throw e;
                });
        String text = target.isStop() ? reason.strip() : null;
        if (text != null && text.length() > 1000) {
            throw new BusinessException("stopReason", "field.tooLong");
        }
        PlacementState from = placement.moveTo(target, text, target.isStop() ? date : null);
        placements.flush();
        audit.record(coordinator.actor(), "PLACEMENT_" + target.name(), PlacementService.AUDIT_SUBJECT, id, from.name(), target.name(),
                text == null ? null : text + " (" + date + ")");
        changed.fire(PlacementChanged.moved(id, target, text, date));
        return placement;
    }
}
