package fr.faireess.mobility.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.mail.MailTemplates;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.SecretToken;

/**
 * Password links: a person who forgot their password asks for one from the login page; an account an
 * administrator opens gets one in its welcome e-mail, which the administrator may send again. No
 * administrator ever types or reads someone else's password.
 *
 * <p>A reset request gets the same answer whatever was typed: a mail goes out only for an enabled
 * account, within the request budgets (per address typed and per client address, counted for
 * unknown addresses too). Using a link sets the password, ends every other outstanding link of the
 * account and the failed-login count, and is audited.
 */
@ApplicationScoped
public class PasswordLinkService {

    private static final Logger LOG = Logger.getLogger(PasswordLinkService.class.getName());
    static final String RESET_PAGE = "password/reset.xhtml?token=";

    @PersistenceContext
    private EntityManager em;

    @Inject private AccountService accounts;
    @Inject private PasswordHasher hasher;
    @Inject private MailTemplates mails;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    private final Settings settings = Settings.fromConfig();

    private PasswordLinkRule rule() {
        return new PasswordLinkRule(Duration.ofMinutes(settings.passwordResetMinutes()),
                Duration.ofDays(settings.welcomeLinkDays()));
    }

    /**
     * "Forgot your password?": mails a reset link to {@code email} if it is an enabled account's and
     * neither budget is spent. Returns nothing the page could tell apart.
     */
    @Transactional
    public void requestReset(String email, String clientAddress) {
        String login = Account.normalizeEmail(email);
        if (login == null || login.isEmpty() || login.length() > 254) {
            return;
        }
        Instant now = Instant.now(clock);
        // The keys hold addresses people typed (personal data): none is kept past a day.
        em.createQuery("delete from RequestBudgetRecord r where r.windowStart < :old")
                .setParameter("old", now.minus(Duration.ofDays(1))).executeUpdate();
        boolean clientOk = spend("reset-client:" + (clientAddress == null ? "?" : clientAddress),
                settings.passwordResetMaxPerClient(), now);
        boolean addressOk = spend("reset-address:" + login, settings.passwordResetMaxPerAddress(), now);
        if (!clientOk || !addressOk) {
            LOG.info(() -> "Password reset request over budget (" + (clientOk ? "address" : "client") + ")");
            return;
        }
        Optional<Account> account = accounts.findByEmail(login).filter(Account::isEnabled);
        if (account.isEmpty()) {
            return;
        }
        Account found = account.get();
        String token = issue(found, PasswordLinkPurpose.RESET, now);
        mails.queue(localeOf(found), found.getEmail(), "password.mail.reset", found.getFirstName(), link(token),
                settings.passwordResetMinutes());
        audit.record(new Actor(null, login), "PASSWORD_RESET_REQUESTED", AccountService.AUDIT_SUBJECT, found.getId(),
                null, null, null);
    }

    /** The welcome e-mail of an account an administrator just opened. */
    void onAccountOpened(@Observes AccountOpened opened) {
        Account account = accounts.find(opened.accountId()).orElseThrow(NotFoundException::new);
        sendWelcome(account, opened.actor(), "PASSWORD_LINK_SENT");
    }

    /**
     * An administrator sends the link again (lost, expired, or a person who forgot their password and
     * asked the school): the welcome text for an account never used, else a "choose a new password" one.
     */
    @Transactional
    public void resend(long accountId, Actor actor) {
        accounts.requireRole(actor, Role.ADMIN);
        Account account = accounts.find(accountId).orElseThrow(NotFoundException::new);
        if (!account.isEnabled()) {
            throw new BusinessException("account.link.disabled");
        }
        sendWelcome(account, actor, "PASSWORD_LINK_RESENT");
    }

    private void sendWelcome(Account account, Actor actor, String action) {
        String token = issue(account, PasswordLinkPurpose.WELCOME, Instant.now(clock));
        String template = neverUsed(account) ? "password.mail.welcome" : "password.mail.adminLink";
        mails.queue(localeOf(account), account.getEmail(), template, account.getFirstName(), link(token),
                settings.welcomeLinkDays(), account.getEmail());
        audit.record(actor, action, AccountService.AUDIT_SUBJECT, account.getId(), null, null, null);
    }

    /** Never logged in, and never chose a password through a link (a used link ends the others too). */
    private boolean neverUsed(Account account) {
        return account.getLastLoginAt() == null && em.createQuery(
                        "select count(l) from PasswordLink l where l.account = :account and l.usedAt is not null", Long.class)
                .setParameter("account", account).getSingleResult() == 0;
    }

    /** What the link's page may show: whether it works, and for which address. */
    @Transactional
    public PasswordLinkCheck check(String token) {
        return find(token, false).filter(l -> l.getAccount().isEnabled())
                .map(l -> new PasswordLinkCheck(l.status(Instant.now(clock)), l.getPurpose(), l.getAccount().getEmail()))
                .orElse(PasswordLinkCheck.UNKNOWN);
    }

    /**
     * Sets the password through a usable link (the same rules as "Mon compte"), ends the account's
     * other links and its failed-login count. A link that no longer works is refused with its status.
     */
    @Transactional
    public Account setPassword(String token, String password) {
        PasswordLink link = find(token, true).orElseThrow(() -> new BusinessException("password.link.unknown"));
        Instant now = Instant.now(clock);
        PasswordLinkRule.Status status = link.status(now);
        Account account = link.getAccount();
        if (status == PasswordLinkRule.Status.USED) {
            throw new BusinessException("password.link.used");
        }
        if (status == PasswordLinkRule.Status.EXPIRED) {
            throw new BusinessException("password.link.expired");
        }
        if (!account.isEnabled()) {
            throw new BusinessException("password.link.unknown");
        }
        AccountService.checkPassword(password, "newPassword");
        account.changePasswordHash(hasher.hash(password));
        link.end(now);
        int ended = em.createQuery("update PasswordLink l set l.usedAt = :now"
                        + " where l.account = :account and l.usedAt is null and l.id <> :used")
                .setParameter("now", now).setParameter("account", account).setParameter("used", link.getId()).executeUpdate();
        em.createQuery("delete from LoginThrottleRecord r where r.email = :email")
                .setParameter("email", account.getEmail()).executeUpdate();
        audit.record(new Actor(account.getId(), account.getEmail()), "PASSWORD_SET_BY_LINK", AccountService.AUDIT_SUBJECT,
                account.getId(), null, null, link.getPurpose() + (ended > 0 ? ", " + ended + " other link(s) ended" : ""));
        return account;
    }

    /**
     * A new link for the account, created at {@code createdAt}, without mail: the token itself. For
     * the in-server tests (a link created in the past is an expired one); the pages never call it.
     */
    @Transactional
    public String issue(long accountId, PasswordLinkPurpose purpose, Instant createdAt) {
        return issue(accounts.find(accountId).orElseThrow(NotFoundException::new), purpose, createdAt);
    }

    /** A new link for {@code account}, created at {@code now}; the token itself, which only the mail carries. */
    private String issue(Account account, PasswordLinkPurpose purpose, Instant now) {
        em.createQuery("delete from PasswordLink l where l.account = :account and l.expiresAt < :old")
                .setParameter("account", account).setParameter("old", now.minus(Duration.ofDays(30))).executeUpdate();
        String token = SecretToken.generate();
        em.persist(new PasswordLink(account, purpose, SecretToken.hash(token), now, rule().expiry(purpose, now)));
        return token;
    }

    private Optional<PasswordLink> find(String token, boolean lock) {
        if (!SecretToken.wellFormed(token)) {
            return Optional.empty();
        }
        var query = em.createQuery("select l from PasswordLink l where l.tokenHash = :hash", PasswordLink.class)
                .setParameter("hash", SecretToken.hash(token));
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    /** Counts one request against {@code key}'s hourly budget of {@code max}; whether it may go ahead. */
    private boolean spend(String key, int max, Instant now) {
        RequestBudget budget = new RequestBudget(max, Duration.ofHours(1));
        String bounded = key.length() > 300 ? key.substring(0, 300) : key;
        RequestBudgetRecord record = em.find(RequestBudgetRecord.class, bounded, LockModeType.PESSIMISTIC_WRITE);
        RequestBudget.State next = budget.afterRequest(record == null ? RequestBudget.State.CLEAN : record.state(), now);
        if (record == null) {
            record = new RequestBudgetRecord(bounded);
            record.apply(next);
            em.persist(record);
        } else {
            record.apply(next);
        }
        return budget.allows(next);
    }

    private String link(String token) {
        return settings.publicUrl() + RESET_PAGE + token;
    }

    /** The recipient's language: the one they chose on screen, French otherwise. */
    static Locale localeOf(Account account) {
        return "en".equals(account.getPreferredLocale()) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
