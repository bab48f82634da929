package fr.faireess.mobility.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;

/**
 * The account behind a single sign-on: the identity provider vouches for an e-mail address, the
 * application decides who that is. Only an existing, enabled account matches (the address compared
 * without regard to case); roles and campus stay the application's, never the provider's. Nobody
 * gets an account by logging in. Every outcome is audited, in the same transaction as the login's
 * date.
 */
@ApplicationScoped
public class SsoAccounts {

    public static final String AUDIT_LOGIN = "SSO_LOGIN";
    public static final String AUDIT_REFUSED = "SSO_LOGIN_REFUSED";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The outcome of matching an address: the account, or why there is none. */
    public record Match(Account account, Refusal refusal) {
        public boolean succeeded() {
            return account != null;
        }
    }

    public enum Refusal { UNKNOWN, DISABLED }

    @Transactional
    public Match signIn(String email, String subject) {
        String address = Account.normalizeEmail(email);
        Optional<Account> found = address == null || address.isEmpty() || address.length() > 254
                ? Optional.empty() : accounts.findByEmail(address);
        if (found.isEmpty()) {
            audit.record(new Actor(null, abbreviate(address)), AUDIT_REFUSED, AccountService.AUDIT_SUBJECT, null,
                    null, null, "unknown e-mail (provider subject " + abbreviate(subject) + ")");
            return new Match(null, Refusal.UNKNOWN);
        }
        Account account = em.find(Account.class, found.get().getId());
        if (!account.isEnabled()) {
            audit.record(new Actor(account.getId(), account.getEmail()), AUDIT_REFUSED,
                    AccountService.AUDIT_SUBJECT, account.getId(), null, null, "account disabled");
            return new Match(null, Refusal.DISABLED);
        }
        account.recordLogin(Instant.now(clock));
        audit.record(new Actor(account.getId(), account.getEmail()), AUDIT_LOGIN, AccountService.AUDIT_SUBJECT,
                account.getId(), null, null, "provider subject " + abbreviate(subject));
        return new Match(account, null);
    }

    private static String abbreviate(String value) {
        return value == null ? "" : value.length() > 200 ? value.substring(0, 200) : value;
    }
}
