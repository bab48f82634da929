package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.i18n.Messages;

/** When a placement's basics may still be corrected in place: PROPOSED, and nobody signed any version. */
class PlacementRevisionRuleTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private static LearningAgreement unsigned() {
        LearningAgreement agreement = new LearningAgreement(new Placement() {
        }, T);
        agreement.update(LearningAgreementTest.form("Stagiaire"));
        return agreement;
    }

    private static String refusal(PlacementState state, List<LearningAgreement> versions) {
        return PlacementRevisionRule.refusal(state, versions).map(BusinessException::messageKey).orElse(null);
    }

    @Test
    void aProposedPlacementWhoseAgreementNobodySignedMayBeCorrected() {
        assertThat(refusal(PlacementState.PROPOSED, List.of(unsigned()))).isNull();
        assertThat(PlacementRevisionRule.allows(PlacementState.PROPOSED, List.of(unsigned()))).isTrue();
    }

    @Test
    void oneSignatureOfAnyPartyEndsIt() {
        for (int party = 0; party < 3; party++) {
            LearningAgreement agreement = unsigned();
            switch (party) {
                case 0 -> agreement.signAsStudent("Yanis Serra", T);
                case 1 -> agreement.signAsCoordinator("Julien Roux", T);
                default -> agreement.signAsMentor("Geneviève Tremblay", T, LearningAgreement.MentorMode.LINK);
            }
            assertThat(refusal(PlacementState.PROPOSED, List.of(agreement))).isEqualTo("placement.edit.signed");
        }
    }

    @Test
    void aSignedEarlierVersionCountsEvenIfTheLatestIsUnsigned() {
        LearningAgreement first = unsigned();
        first.signAsStudent("Yanis Serra", T);
        first.signAsCoordinator("Julien Roux", T);
        first.signAsMentor("Geneviève Tremblay", T, LearningAgreement.MentorMode.LINK);
        LearningAgreement amendment = new LearningAgreement(first, T.plusSeconds(60));
        assertThat(refusal(PlacementState.PROPOSED, List.of(amendment, first))).isEqualTo("placement.edit.signed");
    }

    @ParameterizedTest
    @EnumSource(value = PlacementState.class, names = "PROPOSED", mode = EnumSource.Mode.EXCLUDE)
    void anyOtherStateIsRefusedWithAFrenchExplanation(PlacementState state) {
        BusinessException e = PlacementRevisionRule.refusal(state, List.of(unsigned())).orElseThrow();
        assertThat(e.messageKey()).isEqualTo("placement.edit.notProposed");
        assertThat(Messages.text(Locale.FRENCH, e.messageKey())).startsWith("Seul un stage proposé peut être modifié ici");
    }
}
