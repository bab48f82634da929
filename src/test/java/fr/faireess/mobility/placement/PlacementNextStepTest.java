package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the placement page's header says comes next. */
class PlacementNextStepTest {

    private static final PendingSignatures EMPTY = new PendingSignatures(false, true, true, true);
    private static final PendingSignatures TO_SIGN = new PendingSignatures(true, false, true, true);
    private static final PendingSignatures SIGNED = new PendingSignatures(true, false, false, false);

    @Test
    void aProposedPlacementLeadsToItsAgreementThenToItsConfirmation() {
        assertThat(PlacementNextStep.of(PlacementState.PROPOSED, EMPTY, false, false)).isEqualTo(PlacementNextStep.COMPLETE_AGREEMENT);
        assertThat(PlacementNextStep.of(PlacementState.PROPOSED, TO_SIGN, false, false)).isEqualTo(PlacementNextStep.COLLECT_SIGNATURES);
        assertThat(PlacementNextStep.of(PlacementState.PROPOSED, SIGNED, false, false)).isEqualTo(PlacementNextStep.CONFIRM);
        assertThat(PlacementNextStep.CONFIRM.tab()).isEqualTo(PlacementTab.OVERVIEW);
    }

    @Test
    void aConfirmedPlacementLeadsToItsDepartureThenItsCertificate() {
        assertThat(PlacementNextStep.of(PlacementState.CONFIRMED, SIGNED, false, false)).isEqualTo(PlacementNextStep.PREPARE_DEPARTURE);
        assertThat(PlacementNextStep.of(PlacementState.CONFIRMED, SIGNED, true, false)).isEqualTo(PlacementNextStep.AWAIT_CERTIFICATE);
        assertThat(PlacementNextStep.of(PlacementState.IN_PROGRESS, SIGNED, true, false)).isEqualTo(PlacementNextStep.AWAIT_CERTIFICATE);
        assertThat(PlacementNextStep.of(PlacementState.COMPLETED, SIGNED, true, true)).isEqualTo(PlacementNextStep.DONE);
    }

    @Test
    void aStoppedPlacementWaitsForNothingButAnInterruptedOneMayStillBeCertified() {
        assertThat(PlacementNextStep.of(PlacementState.CANCELLED, TO_SIGN, false, false)).isEqualTo(PlacementNextStep.STOPPED);
        assertThat(PlacementNextStep.of(PlacementState.INTERRUPTED, SIGNED, true, false)).isEqualTo(PlacementNextStep.STOPPED);
        assertThat(PlacementNextStep.of(PlacementState.INTERRUPTED, SIGNED, true, true)).isEqualTo(PlacementNextStep.DONE);
    }
}
