package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.placement.PendingSignatures.Party;

class PendingSignaturesTest {

    @Test
    void thePartiesStillToSignAreListedInTheAgreementsOrder() {
        PendingSignatures none = new PendingSignatures(true, true, true, true);
        assertThat(none.parties()).containsExactly(Party.STUDENT, Party.COORDINATOR, Party.MENTOR);
        assertThat(none.signedByAll()).isFalse();

        PendingSignatures mentorOnly = new PendingSignatures(true, false, false, true);
        assertThat(mentorOnly.parties()).containsExactly(Party.MENTOR);
        assertThat(mentorOnly.awaits(Party.MENTOR)).isTrue();
        assertThat(mentorOnly.awaits(Party.STUDENT)).isFalse();

        PendingSignatures all = new PendingSignatures(true, false, false, false);
        assertThat(all.parties()).isEmpty();
        assertThat(all.signedByAll()).isTrue();
    }

    @Test
    void anIncompleteAgreementAwaitsNobodysSignatureYet() {
        PendingSignatures incomplete = new PendingSignatures(false, true, true, true);
        assertThat(incomplete.awaits(Party.STUDENT)).isFalse();
        assertThat(incomplete.awaits(Party.COORDINATOR)).isFalse();
        assertThat(incomplete.parties()).hasSize(3);
        assertThat(Party.MENTOR.labelKey()).isEqualTo("agreement.party.MENTOR");
    }
}
