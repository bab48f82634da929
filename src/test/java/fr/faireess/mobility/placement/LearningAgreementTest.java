package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.security.SecretToken;

/** Versioning and freezing of the Learning Agreement, without a container. */
class LearningAgreementTest {

    private static final Instant T = Instant.parse("2026-01-15T10:00:00Z");

    private static LearningAgreement draft() {
        LearningAgreement agreement = new LearningAgreement(new Placement() {
        }, T);
        agreement.update(form("Éducateur·rice stagiaire"));
        return agreement;
    }

    static AgreementForm form(String title) {
        AgreementForm form = new AgreementForm();
        form.setPlannedStart(LocalDate.of(2026, 3, 1));
        form.setPlannedEnd(LocalDate.of(2026, 5, 31));
        form.setTitle(title);
        form.setHoursPerWeek(35);
        form.setProgramme("Accompagnement éducatif d'adolescents en foyer.");
        form.setRecognition(Recognition.EMBEDDED);
        form.setEctsCredits(20);
        form.setLanguageLevel("B2");
        return form;
    }

    @Test
    void anUnsignedVersionCanBeEditedAsOftenAsNeeded() {
        LearningAgreement agreement = draft();
        agreement.update(form("Assistant·e social·e stagiaire"));
        assertThat(agreement.getTitle()).isEqualTo("Assistant·e social·e stagiaire");
        assertThat(agreement.isFrozen()).isFalse();
        assertThat(agreement.getDays()).isEqualTo(90);
    }

    @Test
    void theFirstSignatureOfAnyPartyFreezesTheVersion() {
        for (int party = 0; party < 3; party++) {
            LearningAgreement agreement = draft();
            switch (party) {
                case 0 -> agreement.signAsStudent("Léa Vidal", T);
                case 1 -> agreement.signAsCoordinator("Nadia Benali", T);
                default -> agreement.signAsMentor("Pere Casals", T, LearningAgreement.MentorMode.LINK);
            }
            assertThat(agreement.isFrozen()).isTrue();
            assertThat(agreement.isSignedByAll()).isFalse();
            assertThatThrownBy(() -> agreement.update(form("Autre titre")))
                    .isInstanceOf(BusinessException.class).hasMessage("agreement.frozen");
            assertThat(agreement.getTitle()).isEqualTo("Éducateur·rice stagiaire");
        }
    }

    @Test
    void theUnsignedVersionFollowsAPlacementCorrectionButASignedOneDoesNot() {
        LearningAgreement agreement = draft();
        agreement.replan(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), 30);
        assertThat(agreement.getPlannedStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(agreement.getHoursPerWeek()).isEqualTo(30);
        assertThat(agreement.getTitle()).isEqualTo("Éducateur·rice stagiaire");
        agreement.signAsMentor("Pere Casals", T, LearningAgreement.MentorMode.SCAN);
        assertThatThrownBy(() -> agreement.replan(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 31), 35))
                .isInstanceOf(BusinessException.class).hasMessage("agreement.frozen");
        assertThat(agreement.getPlannedStart()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void theCurrentVersionWritesThePlacementsPlanAndASignedVersionKeepsItsOwnDates() {
        Placement placement = new Placement() {
        };
        LearningAgreement first = new LearningAgreement(placement, T);
        first.update(form("Éducateur·rice stagiaire"));
        assertThat(placement.getPlannedStart()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(placement.getPlannedEnd()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(placement.getHoursPerWeek()).isEqualTo(35);
        first.replan(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), 30);
        assertThat(placement.getPlannedStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(placement.getHoursPerWeek()).isEqualTo(30);
        first.signAsStudent("Léa Vidal", T);
        first.signAsCoordinator("Nadia Benali", T);
        first.signAsMentor("Pere Casals", T, LearningAgreement.MentorMode.LINK);

        LearningAgreement amendment = new LearningAgreement(first, T);
        AgreementForm longer = form("Éducateur·rice stagiaire");
        longer.setPlannedStart(LocalDate.of(2026, 4, 1));
        longer.setPlannedEnd(LocalDate.of(2026, 7, 31));
        longer.setChangeReason("Prolongation");
        amendment.update(longer);
        assertThat(placement.getPlannedEnd()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(first.getPlannedEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void eachPartySignsOnceAndThreeSignaturesMakeItSignedByAll() {
        LearningAgreement agreement = draft();
        agreement.signAsStudent("Léa Vidal", T);
        assertThatThrownBy(() -> agreement.signAsStudent("Léa Vidal", T)).hasMessage("agreement.sign.already");
        agreement.signAsCoordinator("Nadia Benali", T);
        agreement.signAsMentor("Pere Casals", T.plusSeconds(60), LearningAgreement.MentorMode.SCAN);
        assertThat(agreement.isSignedByAll()).isTrue();
        assertThat(agreement.getMentorSignedBy()).isEqualTo("Pere Casals");
        assertThat(agreement.getMentorMode()).isEqualTo(LearningAgreement.MentorMode.SCAN);
    }

    @Test
    void anAmendmentCopiesTheContentUnsignedAndNumberedAfter() {
        LearningAgreement original = draft();
        original.signAsStudent("Léa Vidal", T);
        original.signAsCoordinator("Nadia Benali", T);
        original.signAsMentor("Pere Casals", T, LearningAgreement.MentorMode.LINK);
        LearningAgreement amendment = new LearningAgreement(original, T.plusSeconds(3600));
        assertThat(amendment.getNumber()).isEqualTo(2);
        assertThat(amendment.isAmendment()).isTrue();
        assertThat(amendment.getTitle()).isEqualTo(original.getTitle());
        assertThat(amendment.getPlannedEnd()).isEqualTo(original.getPlannedEnd());
        assertThat(amendment.isFrozen()).isFalse();
        assertThat(amendment.getStudentSignedAt()).isNull();
        assertThat(amendment.getMentorSignedAt()).isNull();
        AgreementForm changed = amendment.toForm();
        changed.setPlannedEnd(LocalDate.of(2026, 6, 30));
        changed.setChangeReason("Prolongation d'un mois demandée par la structure.");
        amendment.update(changed);
        assertThat(amendment.getPlannedEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(original.getPlannedEnd()).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "complete,              35, B2, EMBEDDED,  20, false, -,   -",
            "no hours,              -,  B2, EMBEDDED,  20, false, -,   placement.hours.invalid",
            "too many hours,        49, B2, EMBEDDED,  20, false, -,   placement.hours.invalid",
            "unknown level,         35, B3, EMBEDDED,  20, false, -,   agreement.languageLevel.invalid",
            "embedded without ECTS, 35, B2, EMBEDDED,  -,  false, -,   agreement.ects.required",
            "voluntary without ECTS,   35, B2, VOLUNTARY, -,  false, -,   -",
            "amendment without reason, 35, B2, VOLUNTARY, -,  true,  -,   agreement.changeReason.required",
            "amendment with reason, 35, B2, VOLUNTARY, -,  true,  Prolongation, -",
    })
    void contentRule(String name, Integer hours, String level, Recognition recognition, Integer ects, boolean amendment,
                     String reason, String expectedKey) {
        AgreementForm form = form("Titre");
        form.setHoursPerWeek(hours);
        form.setLanguageLevel(level);
        form.setRecognition(recognition);
        form.setEctsCredits(ects);
        form.setChangeReason(reason);
        Optional<BusinessException> refusal = AgreementContentRule.refusal(form, amendment);
        assertThat(refusal.map(BusinessException::messageKey).orElse(null)).isEqualTo(expectedKey);
    }

    @Test
    void tokensAreRandomAndOnlyTheirHashIsComparable() {
        String a = SecretToken.generate();
        String b = SecretToken.generate();
        assertThat(a).isNotEqualTo(b).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
        assertThat(SecretToken.hash(a)).hasSize(64).isEqualTo(SecretToken.hash(a)).isNotEqualTo(SecretToken.hash(b));
        assertThat(SecretToken.hash(null)).hasSize(64);
    }

    @Test
    void aLinkWorksUntilUsedOrExpired() {
        PlacementLink link = new PlacementLink(new Placement() {
        }, null, LinkPurpose.SIGN_AGREEMENT, SecretToken.hash("x"), "mentor@example.org", T, T.plusSeconds(3600));
        assertThat(link.isUsable(T.plusSeconds(10))).isTrue();
        assertThat(link.isUsable(T.plusSeconds(3600))).isFalse();
        link.use(T.plusSeconds(20));
        assertThat(link.isUsable(T.plusSeconds(30))).isFalse();
    }
}
