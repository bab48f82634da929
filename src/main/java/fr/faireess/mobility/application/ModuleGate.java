package fr.faireess.mobility.application;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.module.CompletionStatus;
import fr.faireess.mobility.module.ModuleCompletion;
import fr.faireess.mobility.platform.error.BusinessException;

/**
 * For calls that require it: whether the student has completed the intercultural module. Refuses
 * with the module's own explanation (how many sessions or analyses are missing).
 */
@ApplicationScoped
public class ModuleGate {

    @Inject
    private ModuleCompletion completion;

    public Optional<BusinessException> refusal(Account student) {
        CompletionStatus status = completion.statusOf(student);
        if (status.completed()) {
            return Optional.empty();
        }
        return Optional.of(new BusinessException(status.explanationKey(), status.explanationArguments()));
    }
}
