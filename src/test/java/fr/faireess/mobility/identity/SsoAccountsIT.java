package fr.faireess.mobility.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.support.TestLanes;

/**
 * Who a single sign-on logs in, on the real database: the existing, enabled account whose e-mail
 * matches whatever the case, with its own roles; nobody for an unknown or disabled address; every
 * outcome audited and the login date kept. The protocol itself is {@code identity.sso}'s tests'.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class SsoAccountsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private SsoAccounts sso;
    @Inject private AccountService accounts;
    @Inject private AuditLog audit;

    private List<String> actions(Account account) {
        return audit.history(AccountService.AUDIT_SUBJECT, account.getId()).stream().map(AuditEntry::getAction).toList();
    }

    @Test
    void anExistingAccountMatchesWhateverTheCaseAndKeepsItsRoles() {
        String email = "sso." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        AccountForm form = new AccountForm();
        form.setEmail(email);
        form.setFirstName("Camille");
        form.setLastName("Unique");
        form.setRoles(EnumSet.of(Role.COORDINATOR));
        form.setCampusCode(Campus.PERPIGNAN);
        Account created = accounts.create(form, "correct-horse-battery", DemoAccounts.actor(accounts, DemoAccounts.ADMIN));
        assertNull(created.getLastLoginAt());

        SsoAccounts.Match match = sso.signIn("  " + email.toUpperCase() + " ", "subject-at-the-provider");
        assertTrue(match.succeeded());
        assertEquals(created.getId(), match.account().getId());
        assertEquals(EnumSet.of(Role.COORDINATOR), EnumSet.copyOf(match.account().getRoles()));
        assertNotNull(accounts.find(created.getId()).orElseThrow().getLastLoginAt());
        assertTrue(actions(created).contains(SsoAccounts.AUDIT_LOGIN));
    }

    @Test
    void aDisabledAccountIsRefusedAndTheRefusalAudited() {
        String email = "sso.off." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        AccountForm form = new AccountForm();
        form.setEmail(email);
        form.setFirstName("Camille");
        form.setLastName("Partie");
        form.setRoles(EnumSet.of(Role.TRAINER));
        form.setCampusCode(Campus.PERPIGNAN);
        var admin = DemoAccounts.actor(accounts, DemoAccounts.ADMIN);
        Account created = accounts.create(form, "correct-horse-battery", admin);
        accounts.disable(created.getId(), admin);

        SsoAccounts.Match match = sso.signIn(email, "subject");
        assertFalse(match.succeeded());
        assertEquals(SsoAccounts.Refusal.DISABLED, match.refusal());
        assertTrue(actions(created).contains(SsoAccounts.AUDIT_REFUSED));
        assertFalse(actions(created).contains(SsoAccounts.AUDIT_LOGIN));
    }

    @Test
    void anUnknownOrEmptyAddressGetsNobody() {
        assertEquals(SsoAccounts.Refusal.UNKNOWN, sso.signIn("nobody." + UUID.randomUUID() + "@example.org", "s").refusal());
        assertEquals(SsoAccounts.Refusal.UNKNOWN, sso.signIn("  ", "s").refusal());
        assertEquals(SsoAccounts.Refusal.UNKNOWN, sso.signIn("x".repeat(300) + "@example.org", "s").refusal());
    }
}
