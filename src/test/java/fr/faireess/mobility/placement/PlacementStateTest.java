package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.placement.PlacementTransitionRule.Facts;
import fr.faireess.mobility.platform.error.BusinessException;

class PlacementStateTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    void everyAllowedMoveAndNothingElse() {
        assertThat(PlacementState.PROPOSED.next()).containsExactlyInAnyOrder(PlacementState.CONFIRMED, PlacementState.CANCELLED);
        assertThat(PlacementState.CONFIRMED.next()).containsExactlyInAnyOrder(PlacementState.IN_PROGRESS, PlacementState.CANCELLED);
        assertThat(PlacementState.IN_PROGRESS.next()).containsExactlyInAnyOrder(PlacementState.COMPLETED, PlacementState.INTERRUPTED);
        for (PlacementState end : EnumSet.of(PlacementState.COMPLETED, PlacementState.CANCELLED, PlacementState.INTERRUPTED)) {
            assertThat(end.next()).isEmpty();
            assertThat(end.isFinal()).isTrue();
        }
        assertThat(PlacementState.PROPOSED.canMoveTo(PlacementState.IN_PROGRESS)).isFalse();
        assertThat(PlacementState.PROPOSED.canMoveTo(PlacementState.COMPLETED)).isFalse();
        assertThat(PlacementState.IN_PROGRESS.canMoveTo(PlacementState.CANCELLED)).isFalse();
        assertThat(PlacementState.CONFIRMED.canMoveTo(PlacementState.INTERRUPTED)).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1} (signed {2}, certificate {3}, reason {4}, date {5}): {6}")
    @CsvSource(nullValues = "-", value = {
            "PROPOSED,    CONFIRMED,   true,  false, -,        -,          -",
            "PROPOSED,    CONFIRMED,   false, false, -,        -,          placement.confirm.agreementNotSigned",
            "CONFIRMED,   IN_PROGRESS, true,  false, -,        -,          -",
            "IN_PROGRESS, COMPLETED,   true,  false, -,        -,          placement.complete.noCertificate",
            "IN_PROGRESS, COMPLETED,   true,  true,  -,        -,          -",
            "PROPOSED,    CANCELLED,   false, false, -,        2026-01-10, placement.stop.reasonRequired",
            "PROPOSED,    CANCELLED,   false, false, Désistement, -,       placement.stop.dateRequired",
            "PROPOSED,    CANCELLED,   false, false, Désistement, 2026-01-10, -",
            "IN_PROGRESS, INTERRUPTED, true,  false, Maladie,  2026-02-15, placement.interrupt.beforeStart",
            "IN_PROGRESS, INTERRUPTED, true,  false, Maladie,  2026-04-15, -",
            "PROPOSED,    IN_PROGRESS, true,  true,  -,        -,          placement.move.notAllowed",
            "COMPLETED,   CANCELLED,   true,  true,  Erreur,   2026-04-15, placement.move.notAllowed",
    })
    void conditionsOfEachMove(PlacementState from, PlacementState to, boolean signed, boolean certificate, String reason,
                              LocalDate date, String expectedKey) {
        assertThat(PlacementTransitionRule.refusal(new Facts(from, signed, certificate, START), to, reason, date)
                .map(BusinessException::messageKey).orElse(null)).isEqualTo(expectedKey);
    }
}
