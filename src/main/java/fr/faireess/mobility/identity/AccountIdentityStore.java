package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.Role;
import static java.util.stream.Collectors.toSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Jakarta Security identity store backed by the {@code account} table: the caller name is the
 * e-mail address and the groups are the role names (mapped one-to-one to roles in payara-web.xml).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private LastLoginResult lastResult;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = accounts.authenticate(login.getCaller(), login.getPasswordAsString());
        lastResult.set(result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account account = result.account();
        return new CredentialValidationResult(account.getEmail(),
                account.getRoles().stream().map(Role::name).collect(toSet()));
    }
}
