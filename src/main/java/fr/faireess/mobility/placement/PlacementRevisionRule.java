package fr.faireess.mobility.placement;

import java.util.Collection;
import java.util.Optional;

import fr.faireess.mobility.platform.error.BusinessException;

/**
 * Whether the coordinator may still change a placement's basics (host, department, mentor, referent,
 * planned dates, hours, language) in place: only while it is PROPOSED and nobody has signed any
 * version of its Learning Agreement. A signature is a commitment on those facts, so after the first
 * one a change goes through the agreement (its own form while unsigned, an amendment once signed
 * by all) — or the placement is cancelled and recreated.
 */
public final class PlacementRevisionRule {

    private PlacementRevisionRule() {
    }

    public static Optional<BusinessException> refusal(PlacementState state, Collection<LearningAgreement> versions) {
        if (state != PlacementState.PROPOSED) {
            return Optional.of(new BusinessException("placement.edit.notProposed"));
        }
        if (versions.stream().anyMatch(LearningAgreement::isFrozen)) {
            return Optional.of(new BusinessException("placement.edit.signed"));
        }
        return Optional.empty();
    }

    public static boolean allows(PlacementState state, Collection<LearningAgreement> versions) {
        return refusal(state, versions).isEmpty();
    }
}
