package fr.faireess.mobility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.module.CompletionStatus;
import fr.faireess.mobility.module.ModuleCompletion;
import fr.faireess.mobility.module.ModuleCompletionRule;
import fr.faireess.mobility.module.ModuleCompletionRule.Requirement;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * The eligibility gate of calls that require the intercultural module: it lets a student who
 * completed the module through, and otherwise refuses with the module's own reason, in French.
 */
class ModuleGateTest {

    /** A gate whose completion answers what the rule says for the given counts and requirement. */
    private static ModuleGate gateFor(int attended, int validated, Requirement requirement) {
        ModuleCompletion completion = new ModuleCompletion() {
            @Override
            public CompletionStatus statusOf(Account student) {
                return ModuleCompletionRule.evaluate(attended, validated, requirement);
            }
        };
        ModuleGate gate = new ModuleGate();
        try {
            Field field = ModuleGate.class.getDeclaredField("completion");
            field.setAccessible(true);
            field.set(gate, completion);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return gate;
    }

    private static String french(BusinessException e) {
        return Messages.text(Locale.FRENCH, e.messageKey(), e.arguments());
    }

    @Test
    void aStudentWhoCompletedTheModuleIsLetThrough() {
        assertThat(gateFor(3, 1, new Requirement(3, 1)).refusal(null)).isEmpty();
        assertThat(gateFor(5, 2, new Requirement(3, 1)).refusal(null)).isEmpty();
    }

    @Test
    void aMissingAnalysisIsRefusedAndTheReasonSaysHowManyAreMissing() {
        Optional<BusinessException> refusal = gateFor(3, 0, new Requirement(3, 1)).refusal(null);
        assertThat(refusal).isPresent();
        assertThat(refusal.get().messageKey()).isEqualTo(CompletionStatus.MISSING_INCIDENTS);
        assertThat(french(refusal.get()))
                .isEqualTo("Module interculturel non terminé : il manque 1 analyse(s) d'incident critique validée(s).");
    }

    @Test
    void missingSessionsAndAnalysesAreBothNamed() {
        BusinessException refusal = gateFor(1, 0, new Requirement(3, 2)).refusal(null).orElseThrow();
        assertThat(french(refusal)).isEqualTo("Module interculturel non terminé : il manque 2 séance(s) suivie(s) "
                + "et 2 analyse(s) d'incident critique validée(s).");
    }

    @Test
    void aCohortWithoutRequirementsIsRefusedWithThatReasonWhateverTheStudentDid() {
        BusinessException refusal = gateFor(10, 5, null).refusal(null).orElseThrow();
        assertThat(refusal.messageKey()).isEqualTo(CompletionStatus.NO_REQUIREMENT);
        assertThat(french(refusal)).contains("les exigences de votre cohorte n'ont pas encore été définies");
    }
}
