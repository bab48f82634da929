package fr.faireess.mobility.application;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fr.faireess.mobility.identity.Account;

/**
 * Whether a student has completed the intercultural module, for calls that require it. Answers
 * with a bundle key explaining the refusal, or empty. Until the module feature records completion,
 * nobody has completed it, so such calls refuse everyone and say why.
 */
@ApplicationScoped
public class ModuleGate {

    public Optional<String> refusal(Account student) {
        return Optional.of("application.refused.moduleNotCompleted");
    }
}
