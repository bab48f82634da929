package fr.faireess.mobility.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.security.Role;

/**
 * API clients: issued and revoked by administrators (audited), and recognised by their token on each
 * API call (the use is recorded on the client and audited). A client acts as a staff account and
 * never beyond it: the campus it is narrowed to must be one the account sees, and the account's
 * roles and scope are read again at every call.
 */
@ApplicationScoped
public class ApiClientService {

    public static final String AUDIT_SUBJECT = "API_CLIENT";
    /** Longest life of a token: a forgotten integration must not keep a door open for ever. */
    public static final int MAX_DAYS = 730;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** What an administrator fills in to issue a client. */
    public record IssueForm(String name, Long accountId, String campusCode, Set<ApiScope> scopes, LocalDate expiresOn) {
    }

    /** A new client and its token, which is shown this once and never again. */
    public record Issued(ApiClient client, String token) {
    }

    /** Who calls, as the API layer needs it for one request (no entity kept beyond the transaction). */
    public record Principal(long clientId, String name, long accountId, String campusCode, Set<ApiScope> scopes) {
        public boolean allows(ApiScope.Feature feature, ApiScope.Access access) {
            return scopes.contains(new ApiScope(feature, access));
        }
    }

    @Transactional
    public Issued issue(IssueForm form, Actor actor) {
        accounts.requireRole(actor, Role.ADMIN);
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > ApiClient.NAME_MAX) {
            throw new BusinessException("name", "api.client.name", ApiClient.NAME_MAX);
        }
        if (form.scopes() == null || form.scopes().isEmpty()) {
            throw new BusinessException("scopes", "api.client.scopes");
        }
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        if (form.expiresOn() == null || !form.expiresOn().isAfter(today) || form.expiresOn().isAfter(today.plusDays(MAX_DAYS))) {
            throw new BusinessException("expires", "api.client.expiry", MAX_DAYS);
        }
        Account account = form.accountId() == null ? null : accounts.find(form.accountId()).orElse(null);
        if (account == null || !account.isEnabled()
                || !RoleGuard.allows(account, Role.COORDINATOR, Role.TRAINER, Role.ADMIN)) {
            throw new BusinessException("account", "api.client.account");
        }
        Campus campus = null;
        if (form.campusCode() != null && !form.campusCode().isBlank()) {
            campus = em.find(Campus.class, form.campusCode());
            if (campus == null || !CampusScope.of(account).allows(campus.getCode())) {
                throw new BusinessException("campus", "api.client.campus");
            }
        }
        String token = ApiTokens.newToken();
        ApiClient client = new ApiClient(name, ApiTokens.hash(token), ApiTokens.hint(token), account, campus,
                form.scopes(), form.expiresOn().atStartOfDay(PARIS).toInstant(), Instant.now(clock), actor.email());
        em.persist(client);
        em.flush();
        audit.record(actor, "API_CLIENT_ISSUED", AUDIT_SUBJECT, client.getId(), null, "ACTIVE",
                name + " as " + account.getEmail() + (campus == null ? "" : " (" + campus.getCode() + ")")
                        + ", " + client.getScopes() + ", until " + form.expiresOn());
        return new Issued(client, token);
    }

    @Transactional
    public ApiClient revoke(long id, Actor actor) {
        accounts.requireRole(actor, Role.ADMIN);
        ApiClient client = Optional.ofNullable(em.find(ApiClient.class, id)).orElseThrow(NotFoundException::new);
        if (!client.isRevoked()) {
            client.revoke(Instant.now(clock), actor.email());
            audit.record(actor, "API_CLIENT_REVOKED", AUDIT_SUBJECT, id, "ACTIVE", "REVOKED", client.getName());
        }
        return client;
    }

    /** Every client, newest first, for the administrators' page. */
    public List<ApiClient> all(Account viewer) {
        RoleGuard.require(viewer, Role.ADMIN);
        return em.createQuery("select c from ApiClient c join fetch c.account order by c.createdAt desc, c.id desc",
                ApiClient.class).getResultList();
    }

    /**
     * The client a presented token belongs to, if it is usable now and its account still enabled;
     * the call is counted on the client and, as {@link ApiUseAudit} decides, written to the audit trail
     * ({@code API_CLIENT_USED}: every write, the first read of each hour). Empty for
     * a malformed, unknown, expired or revoked token: all look alike to the caller.
     */
    @Transactional
    public Optional<Principal> authenticate(String token, String method, String path) {
        if (!ApiTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<ApiClient> found = em.createQuery("select c from ApiClient c where c.tokenHash = :hash", ApiClient.class)
                .setParameter("hash", ApiTokens.hash(token)).getResultStream().findFirst()
                .filter(c -> c.isUsable(now) && c.getAccount().isEnabled());
        found.ifPresent(c -> {
            Instant previousUse = c.getLastUsedAt();
            // A bulk update, not the entity's: two calls of one client at once must not fail on its version.
            em.createQuery("update ApiClient c set c.lastUsedAt = :now, c.useCount = c.useCount + 1 where c.id = :id")
                    .setParameter("now", now).setParameter("id", c.getId()).executeUpdate();
            if (!ApiUseAudit.recorded(method, previousUse, now)) {
                return;
            }
            audit.record(new Actor(c.getAccount().getId(), c.getAccount().getEmail()), "API_CLIENT_USED", AUDIT_SUBJECT,
                    c.getId(), null, null, c.getName() + ": " + method + " " + (path.length() > 200 ? path.substring(0, 200) : path));
        });
        return found.map(c -> new Principal(c.getId(), c.getName(), c.getAccount().getId(),
                c.getCampus() == null ? null : c.getCampus().getCode(), c.scopeSet()));
    }

    public List<Account> actingAccountChoices(Account viewer) {
        RoleGuard.require(viewer, Role.ADMIN);
        return em.createQuery("""
                        select distinct a from Account a join a.roles r
                        where a.enabled = true and r in :staff order by a.lastName, a.firstName""", Account.class)
                .setParameter("staff", List.of(Role.COORDINATOR, Role.TRAINER, Role.ADMIN)).getResultList();
    }
}
