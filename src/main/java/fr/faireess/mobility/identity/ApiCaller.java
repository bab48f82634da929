package fr.faireess.mobility.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import fr.faireess.mobility.identity.ApiScope.Access;
import fr.faireess.mobility.identity.ApiScope.Feature;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.security.AccessDeniedException;

/**
 * The API client of this request, set by the bearer-token filter before any resource runs. Resources
 * ask it for the acting account (whose roles the services check again), the campus scope (the
 * account's, narrowed to the client's campus) and whether a scope was granted.
 */
@RequestScoped
public class ApiCaller {

    @Inject
    private AccountService accounts;

    private ApiClientService.Principal principal;
    private Account account;

    public void set(ApiClientService.Principal principal) {
        this.principal = principal;
        this.account = null;
    }

    public boolean isAuthenticated() {
        return principal != null;
    }

    public ApiClientService.Principal principal() {
        if (principal == null) {
            throw new AccessDeniedException("No API client on this request");
        }
        return principal;
    }

    /** Refuses (403) unless the client was granted this scope. */
    public ApiCaller require(Feature feature, Access access) {
        if (!principal().allows(feature, access)) {
            throw new AccessDeniedException("API client " + principal.name() + " lacks " + feature.code() + ":" + access.code());
        }
        return this;
    }

    /** The account the client acts as, read once per request (roles and "sees both campuses" as they are now). */
    public Account account() {
        if (account == null) {
            account = accounts.find(principal().accountId()).orElseThrow(() -> new AccessDeniedException("Account gone"));
        }
        return account;
    }

    public Actor actor() {
        return new Actor(account().getId(), account().getEmail());
    }

    /** What the client may see: the account's campuses, narrowed to the client's campus if it has one. */
    public CampusScope scope() {
        return CampusScope.of(account()).narrowedTo(principal().campusCode());
    }

    /** Whether a student of {@code campus} is visible to this client. */
    public boolean sees(String campus) {
        return scope().allows(campus);
    }
}
