package fr.faireess.mobility.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.platform.error.BusinessException;

class IncidentGridTest {

    static IncidentForm complete() {
        IncidentForm form = new IncidentForm();
        form.setTitle("Le thé refusé");
        form.setSituation("Une visite à domicile.");
        form.setPeopleInvolved("Une mère, sa tutrice, moi.");
        form.setReaction("Gêne.");
        form.setOwnFrame("La neutralité professionnelle.");
        form.setOtherFrame("L'hospitalité.");
        form.setNegotiation("Nous avons accepté le thé.");
        form.setLearning("Le cadre se négocie.");
        return form;
    }

    private static void refused(Consumer<IncidentForm> change, boolean submission, String field, String key) {
        IncidentForm form = complete();
        change.accept(form);
        assertThatThrownBy(() -> {
            if (submission) {
                IncidentGrid.checkSubmission(form);
            } else {
                IncidentGrid.checkDraft(form);
            }
        }).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.field()).contains(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void anEmptyAnalysisIsRefusedEvenAsADraft() {
        IncidentForm empty = new IncidentForm();
        empty.setSituation("   ");
        assertThatThrownBy(() -> IncidentGrid.checkDraft(empty)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("module.incident.empty"));
    }

    @Test
    void aDraftMayBeIncompleteButNeedsATitle() {
        IncidentForm draft = new IncidentForm();
        draft.setTitle("Début");
        draft.setSituation("Une visite.");
        assertThatCode(() -> IncidentGrid.checkDraft(draft)).doesNotThrowAnyException();
        refused(f -> f.setTitle(null), false, "title", "module.incident.titleRequired");
        refused(f -> f.setLearning("x".repeat(4001)), false, "learning", "module.incident.tooLong");
    }

    @Test
    void aSubmissionFillsEveryHeadingOfTheGrid() {
        assertThatCode(() -> IncidentGrid.checkSubmission(complete())).doesNotThrowAnyException();
        refused(f -> f.setSituation(null), true, "situation", "module.incident.headingRequired");
        refused(f -> f.setPeopleInvolved(""), true, "peopleInvolved", "module.incident.headingRequired");
        refused(f -> f.setReaction(null), true, "reaction", "module.incident.headingRequired");
        refused(f -> f.setOwnFrame(null), true, "ownFrame", "module.incident.headingRequired");
        refused(f -> f.setOtherFrame(null), true, "otherFrame", "module.incident.headingRequired");
        refused(f -> f.setNegotiation(null), true, "negotiation", "module.incident.headingRequired");
        refused(f -> f.setLearning(" "), true, "learning", "module.incident.headingRequired");
    }
}
