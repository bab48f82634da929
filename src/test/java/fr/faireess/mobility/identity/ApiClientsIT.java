package fr.faireess.mobility.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.identity.ApiScope.Access;
import fr.faireess.mobility.identity.ApiScope.Feature;
import fr.faireess.mobility.platform.api.RateLimiter;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.support.TestLanes;

/** API clients on the real server: issued once with a token never stored, recognised by it, revoked, audited. */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class ApiClientsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private ApiClientService clients;
    @Inject private AccountService accounts;
    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private RateLimiter rateLimiter;
    @Resource private ManagedExecutorService executor;
    @PersistenceContext private EntityManager em;

    /**
     * The rate is counted in the database, where every instance of a cluster reads it (ClusterHttpIT
     * proves it across two instances): calls of one client at once, from several threads, are each
     * counted once — at a fixed instant, exactly the bucket's size passes, the others are told to wait.
     */
    @Test
    void concurrentCallsOfAClientAreEachCountedOnce() throws Exception {
        long clientId = clients.issue(form(DemoAccounts.COORDINATOR_PERPIGNAN, null, inDays(30)), admin()).client().getId();
        long now = clock.millis();
        int perMinute = 40;
        List<Future<OptionalLong>> calls = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            calls.add(executor.submit(() -> rateLimiter.take(clientId, perMinute, () -> now)));
        }
        int passed = 0;
        for (Future<OptionalLong> call : calls) {
            OptionalLong wait = call.get(60, TimeUnit.SECONDS);
            if (wait.isEmpty()) {
                passed++;
            } else {
                assertTrue(wait.getAsLong() >= 1 && wait.getAsLong() <= 2, "wait " + wait);
            }
        }
        assertEquals(perMinute, passed, "calls let through at one instant");
        assertTrue(rateLimiter.take(clientId, perMinute, () -> now).isPresent(), "the bucket is empty");
        assertTrue(rateLimiter.take(clientId, perMinute, () -> now + 1_500).isEmpty(), "a token is back 1.5 s later");
    }

    private Actor admin() {
        return DemoAccounts.actor(accounts, DemoAccounts.ADMIN);
    }

    private LocalDate inDays(int days) {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusDays(days);
    }

    private long accountId(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    private ApiClientService.IssueForm form(String email, String campus, LocalDate expires) {
        return new ApiClientService.IssueForm("Scolarité " + System.nanoTime(), accountId(email), campus,
                Set.of(new ApiScope(Feature.HOSTS, Access.READ), new ApiScope(Feature.PLACEMENTS, Access.READ)), expires);
    }

    @Test
    void aTokenIsShownOnceStoredAsItsHashAndRecognisedUntilRevoked() {
        ApiClientService.Issued issued = clients.issue(form(DemoAccounts.COORDINATOR_PERPIGNAN, "MONTPELLIER", inDays(30)), admin());
        String token = issued.token();
        assertTrue(ApiTokens.wellFormed(token));
        long id = issued.client().getId();
        List<String> stored = em.createNativeQuery("SELECT token_hash FROM api_client WHERE id = " + id).getResultList()
                .stream().map(String::valueOf).toList();
        assertEquals(List.of(ApiTokens.hash(token)), stored);
        assertEquals(0L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM api_client WHERE token_hash = '" + token
                + "' OR token_hint = '" + token + "'").getSingleResult()).longValue());

        ApiClientService.Principal principal = clients.authenticate(token, "GET", "/api/v1/hosts").orElseThrow();
        assertEquals(id, principal.clientId());
        assertEquals("MONTPELLIER", principal.campusCode());
        assertTrue(principal.allows(Feature.HOSTS, Access.READ));
        assertFalse(principal.allows(Feature.HOSTS, Access.WRITE));
        Object[] use = (Object[]) em.createNativeQuery("SELECT use_count, last_used_at FROM api_client WHERE id = " + id)
                .getSingleResult();
        assertEquals(1L, ((Number) use[0]).longValue());
        assertNotNull(use[1]);
        List<String> actions = audit.history(ApiClientService.AUDIT_SUBJECT, id).stream().map(AuditEntry::getAction).toList();
        assertEquals(List.of("API_CLIENT_ISSUED", "API_CLIENT_USED"), actions);

        // A second read: counted, written to the trail only if the clock hour changed between the two
        // calls (the expectation follows the times recorded, so the test holds at any minute); a write always.
        Instant firstUse = lastUsedAt(id);
        clients.authenticate(token, "GET", "/api/v1/hosts?page=2").orElseThrow();
        Instant secondUse = lastUsedAt(id);
        boolean newHour = firstUse.truncatedTo(ChronoUnit.HOURS).isBefore(secondUse.truncatedTo(ChronoUnit.HOURS));
        assertEquals(newHour ? 3 : 2, audit.history(ApiClientService.AUDIT_SUBJECT, id).size());
        clients.authenticate(token, "POST", "/api/v1/hosts").orElseThrow();
        assertEquals(newHour ? 4 : 3, audit.history(ApiClientService.AUDIT_SUBJECT, id).size());
        assertEquals(3L, ((Number) em.createNativeQuery("SELECT use_count FROM api_client WHERE id = " + id)
                .getSingleResult()).longValue());

        // One character changed (never to itself: a token ending in "A" would otherwise be the same token).
        char last = token.charAt(token.length() - 1);
        assertTrue(clients.authenticate(token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'), "GET", "/").isEmpty());
        clients.revoke(id, admin());
        assertTrue(clients.authenticate(token, "GET", "/api/v1/hosts").isEmpty());
        assertTrue(audit.history(ApiClientService.AUDIT_SUBJECT, id).stream().anyMatch(e -> e.getAction().equals("API_CLIENT_REVOKED")));
    }

    @Test
    void aClientNeverSeesMoreThanItsAccountAndOnlyAdminsIssueThem() {
        Actor coordinator = DemoAccounts.actor(accounts, DemoAccounts.COORDINATOR_MONTPELLIER);
        assertThrows(AccessDeniedException.class,
                () -> clients.issue(form(DemoAccounts.COORDINATOR_MONTPELLIER, null, inDays(30)), coordinator));
        BusinessException campus = assertThrows(BusinessException.class,
                () -> clients.issue(form(DemoAccounts.COORDINATOR_MONTPELLIER, "PERPIGNAN", inDays(30)), admin()));
        assertEquals("api.client.campus", campus.messageKey());
        BusinessException student = assertThrows(BusinessException.class,
                () -> clients.issue(form(DemoAccounts.STUDENT_ASS_PERPIGNAN, null, inDays(30)), admin()));
        assertEquals("api.client.account", student.messageKey());
        BusinessException tooLong = assertThrows(BusinessException.class,
                () -> clients.issue(form(DemoAccounts.COORDINATOR_MONTPELLIER, null, inDays(ApiClientService.MAX_DAYS + 1)), admin()));
        assertEquals("api.client.expiry", tooLong.messageKey());
        BusinessException past = assertThrows(BusinessException.class,
                () -> clients.issue(form(DemoAccounts.COORDINATOR_MONTPELLIER, null, inDays(0)), admin()));
        assertEquals("api.client.expiry", past.messageKey());
        BusinessException noScope = assertThrows(BusinessException.class, () -> clients.issue(new ApiClientService.IssueForm(
                "x", accountId(DemoAccounts.COORDINATOR_MONTPELLIER), null, Set.of(), inDays(30)), admin()));
        assertEquals("api.client.scopes", noScope.messageKey());
    }

    private Instant lastUsedAt(long id) {
        return em.createQuery("select c.lastUsedAt from ApiClient c where c.id = :id", Instant.class)
                .setParameter("id", id).getSingleResult();
    }
}
