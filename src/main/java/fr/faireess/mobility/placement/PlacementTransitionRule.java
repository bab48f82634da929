package fr.faireess.mobility.placement;

import java.time.LocalDate;
import java.util.Optional;

import fr.faireess.mobility.platform.error.BusinessException;

/**
 * Whether a placement may move from one state to another, beyond what the state machine allows:
 * CONFIRMED needs the current Learning Agreement signed by all three parties, COMPLETED needs the
 * traineeship certificate (Table D), a cancellation or an interruption needs a reason and a date
 * (an interruption's date inside the stay).
 */
public final class PlacementTransitionRule {

    private PlacementTransitionRule() {
    }

    /** What the rule needs to know about the placement. */
    public record Facts(PlacementState from, boolean agreementSignedByAll, boolean hasCertificate, LocalDate start) {
    }

    public static Optional<BusinessException> refusal(Facts facts, PlacementState target, String reason, LocalDate date) {
        if (!facts.from().canMoveTo(target)) {
            return Optional.of(new BusinessException("placement.move.notAllowed"));
        }
        if (target == PlacementState.CONFIRMED && !facts.agreementSignedByAll()) {
            return Optional.of(new BusinessException("placement.confirm.agreementNotSigned"));
        }
        if (target == PlacementState.COMPLETED && !facts.hasCertificate()) {
            return Optional.of(new BusinessException("placement.complete.noCertificate"));
        }
        if (target.isStop()) {
            if (reason == null || reason.isBlank()) {
                return Optional.of(new BusinessException("stopReason", "placement.stop.reasonRequired"));
            }
            if (date == null) {
                return Optional.of(new BusinessException("stoppedOn", "placement.stop.dateRequired"));
            }
            if (target == PlacementState.INTERRUPTED && facts.start() != null && date.isBefore(facts.start())) {
                return Optional.of(new BusinessException("stoppedOn", "placement.interrupt.beforeStart"));
            }
        }
        return Optional.empty();
    }
}
