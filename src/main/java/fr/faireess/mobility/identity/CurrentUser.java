package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.ActingUser;
import fr.faireess.mobility.platform.security.Role;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * The logged-in person for this request, loaded once. Role checks ask the container
 * ({@link SecurityContext#isCallerInRole}), the same source the URL constraints use.
 */
@Named
@RequestScoped
public class CurrentUser implements ActingUser {

    /** Home page precedence for people with several roles: staff work first. */
    private static final Role[] HOME_ORDER = {Role.COORDINATOR, Role.TRAINER, Role.ADMIN, Role.STUDENT};

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    private Optional<Account> account;
    /** The container's answers for this request: a page's menu asks for each role a dozen times. */
    private final Map<Role, Boolean> roles = new EnumMap<>(Role.class);

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public Optional<Account> account() {
        if (account == null) {
            account = isLoggedIn()
                    ? accounts.findByEmail(security.getCallerPrincipal().getName())
                    : Optional.empty();
        }
        return account;
    }

    /** The logged-in account; pages behind a security constraint always have one. */
    public Account get() {
        return account().orElseThrow(NotFoundException::new);
    }

    public Actor actor() {
        Account a = get();
        return new Actor(a.getId(), a.getEmail());
    }

    public String getDisplayName() {
        return account().map(Account::getFullName).orElse("");
    }

    public boolean has(Role role) {
        if (!isLoggedIn()) {
            return security.isCallerInRole(role.name());
        }
        return roles.computeIfAbsent(role, r -> security.isCallerInRole(r.name()));
    }

    public boolean isStudent() { return has(Role.STUDENT); }
    public boolean isCoordinator() { return has(Role.COORDINATOR); }
    public boolean isTrainer() { return has(Role.TRAINER); }
    public boolean isAdmin() { return has(Role.ADMIN); }

    /** The page a person lands on after login, or null when they have no role at all. */
    public String homePage() {
        return Arrays.stream(HOME_ORDER).filter(this::has).findFirst().map(Role::homePage).orElse(null);
    }
}
