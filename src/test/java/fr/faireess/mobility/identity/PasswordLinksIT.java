package fr.faireess.mobility.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.mail.MailService;
import fr.faireess.mobility.platform.mail.OutboxCriteria;
import fr.faireess.mobility.platform.mail.OutgoingMail;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.support.TestLanes;

/**
 * Password links on the real server: the reset request (same outcome for any address, mail only for
 * an enabled account, budgets), single use, expiry, the welcome e-mail of an account an admin opens,
 * and the mails' language. The mails are read from the outbox, as an administrator would.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class PasswordLinksIT {

    private static final Pattern TOKEN = Pattern.compile("password/reset\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "un-nouveau-mot-de-passe";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private AccountService accounts;
    @Inject private PasswordLinkService links;
    @Inject private MailService mail;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    private Actor admin() {
        return DemoAccounts.actor(accounts, DemoAccounts.ADMIN);
    }

    private Account trainer(String name) {
        AccountForm form = new AccountForm();
        form.setEmail(name + "." + Fixture.unique() + "@example.org");
        form.setFirstName("Camille");
        form.setLastName("Lien");
        form.setRoles(EnumSet.of(Role.TRAINER));
        form.setCampusCode("PERPIGNAN");
        return accounts.create(form, "mot-de-passe-solide", admin());
    }

    private List<OutgoingMail> mailsTo(String email) {
        return mail.search(new OutboxCriteria(null, email), 0, 50);
    }

    private static String token(OutgoingMail mail) {
        Matcher m = TOKEN.matcher(mail.getBody());
        assertTrue(m.find(), () -> "a link in: " + mail.getBody());
        return m.group(1);
    }

    private static String client() {
        return "203.0.113." + Fixture.unique();
    }

    @Test
    void aResetLinkIsMailedWorksOnceAndEndsTheOtherLinks() {
        Account account = trainer("oubli");
        links.requestReset("  " + account.getEmail().toUpperCase() + " ", client());
        List<OutgoingMail> sent = mailsTo(account.getEmail());
        assertEquals(1, sent.size());
        assertEquals("Votre nouveau mot de passe — Mobilité FAIRE-ESS", sent.get(0).getSubject());
        assertTrue(sent.get(0).getBody().startsWith("Bonjour Camille,"), sent.get(0).getBody());
        assertTrue(sent.get(0).getBody().contains("valable 60 minutes"), sent.get(0).getBody());
        String first = token(sent.get(0));
        String other = links.issue(account.getId(), PasswordLinkPurpose.WELCOME, Instant.now(clock));
        assertEquals(new PasswordLinkCheck(PasswordLinkRule.Status.USABLE, PasswordLinkPurpose.RESET, account.getEmail()),
                links.check(first));

        links.setPassword(first, NEW_PASSWORD);
        assertEquals(LoginResult.Outcome.SUCCESS, accounts.authenticate(account.getEmail(), NEW_PASSWORD).outcome());
        assertEquals(LoginResult.Outcome.INVALID, accounts.authenticate(account.getEmail(), "mot-de-passe-solide").outcome());
        assertEquals("password.link.used",
                assertThrows(BusinessException.class, () -> links.setPassword(first, "encore-un-autre-mot")).messageKey());
        assertEquals(PasswordLinkRule.Status.USED, links.check(other).status(), "using one link ends the others");
        assertEquals("password.link.used",
                assertThrows(BusinessException.class, () -> links.setPassword(other, "encore-un-autre-mot")).messageKey());
        assertEquals(LoginResult.Outcome.SUCCESS, accounts.authenticate(account.getEmail(), NEW_PASSWORD).outcome());
        List<String> actions = audit.history("ACCOUNT", account.getId()).stream().map(AuditEntry::getAction).toList();
        assertTrue(actions.containsAll(List.of("PASSWORD_RESET_REQUESTED", "PASSWORD_SET_BY_LINK")), actions.toString());
    }

    @Test
    void anExpiredLinkIsRefusedAndAWelcomeLinkLivesDays() {
        Account account = trainer("expire");
        Instant now = Instant.now(clock);
        String reset = links.issue(account.getId(), PasswordLinkPurpose.RESET, now.minus(Duration.ofMinutes(61)));
        assertEquals(PasswordLinkRule.Status.EXPIRED, links.check(reset).status());
        assertEquals("password.link.expired",
                assertThrows(BusinessException.class, () -> links.setPassword(reset, NEW_PASSWORD)).messageKey());
        String welcome = links.issue(account.getId(), PasswordLinkPurpose.WELCOME, now.minus(Duration.ofDays(6)));
        assertEquals(PasswordLinkRule.Status.USABLE, links.check(welcome).status());
        String oldWelcome = links.issue(account.getId(), PasswordLinkPurpose.WELCOME, now.minus(Duration.ofDays(8)));
        assertEquals(PasswordLinkRule.Status.EXPIRED, links.check(oldWelcome).status());
        assertEquals(PasswordLinkCheck.UNKNOWN, links.check("forged"));
        assertEquals(PasswordLinkCheck.UNKNOWN, links.check(reset.substring(1) + "A"));
    }

    @Test
    void aPasswordBreakingTheRulesIsRefusedAndTheLinkStillWorks() {
        Account account = trainer("regles");
        String token = links.issue(account.getId(), PasswordLinkPurpose.RESET, Instant.now(clock));
        BusinessException e = assertThrows(BusinessException.class, () -> links.setPassword(token, "court"));
        assertEquals("account.password.tooShort", e.messageKey());
        assertEquals("newPassword", e.field().orElseThrow());
        assertEquals(PasswordLinkRule.Status.USABLE, links.check(token).status());
    }

    @Test
    void unknownAndDisabledAddressesGetNothingAndTheCallerCannotTell() {
        String nobody = "personne." + Fixture.unique() + "@example.org";
        links.requestReset(nobody, client());
        assertTrue(mailsTo(nobody).isEmpty());

        Account disabled = trainer("desactive");
        accounts.disable(disabled.getId(), admin());
        links.requestReset(disabled.getEmail(), client());
        assertTrue(mailsTo(disabled.getEmail()).isEmpty());
        String token = links.issue(disabled.getId(), PasswordLinkPurpose.WELCOME, Instant.now(clock));
        assertEquals(PasswordLinkCheck.UNKNOWN, links.check(token), "a disabled account's link shows as unknown");
        assertThrows(BusinessException.class, () -> links.setPassword(token, NEW_PASSWORD));
        assertEquals("account.link.disabled",
                assertThrows(BusinessException.class, () -> links.resend(disabled.getId(), admin())).messageKey());
        links.requestReset("pas-une-adresse", client());
        links.requestReset(null, client());
    }

    @Test
    void requestsAreThrottledPerAddressAndPerClient() {
        Account account = trainer("rafale");
        for (int i = 0; i < 5; i++) {
            links.requestReset(account.getEmail(), client());
        }
        assertEquals(3, mailsTo(account.getEmail()).size(), "three an hour for one address");

        Account other = trainer("meme-client");
        String client = client();
        for (int i = 0; i < 20; i++) {
            links.requestReset("inconnu." + Fixture.unique() + "@example.org", client);
        }
        links.requestReset(other.getEmail(), client);
        assertTrue(mailsTo(other.getEmail()).isEmpty(), "twenty an hour from one client, unknown addresses count");
        links.requestReset(other.getEmail(), client());
        assertEquals(1, mailsTo(other.getEmail()).size());
    }

    @Test
    void anAccountOpenedByAnAdminGetsAWelcomeMailAndNoPassword() {
        AccountForm form = new AccountForm();
        form.setEmail("bienvenue." + Fixture.unique() + "@example.org");
        form.setFirstName("Noa");
        form.setLastName("Nouvelle");
        form.setRoles(EnumSet.of(Role.COORDINATOR));
        form.setCampusCode("MONTPELLIER");
        Account account = accounts.create(form, admin());
        List<OutgoingMail> sent = mailsTo(account.getEmail());
        assertEquals(1, sent.size());
        assertEquals("Bienvenue sur Mobilité FAIRE-ESS : choisissez votre mot de passe", sent.get(0).getSubject());
        String body = sent.get(0).getBody();
        assertTrue(body.startsWith("Bonjour Noa,") && body.contains(account.getEmail()) && body.contains("valable 7 jours"), body);
        String token = token(sent.get(0));
        assertEquals(PasswordLinkPurpose.WELCOME, links.check(token).purpose());

        links.setPassword(token, NEW_PASSWORD);
        assertEquals(LoginResult.Outcome.SUCCESS, accounts.authenticate(account.getEmail(), NEW_PASSWORD).outcome());

        accounts.rememberLocale(account.getId(), "en");
        links.resend(account.getId(), admin());
        OutgoingMail again = mailsTo(account.getEmail()).stream().filter(m -> !m.getId().equals(sent.get(0).getId()))
                .findFirst().orElseThrow();
        assertEquals("Choose a new password — Mobilité FAIRE-ESS", again.getSubject());
        assertTrue(again.getBody().startsWith("Hello Noa,"), again.getBody());
        assertTrue(again.getBody().contains("The FAIRE-ESS international mobility team"), again.getBody());
        assertEquals(LoginResult.Outcome.SUCCESS, accounts.authenticate(account.getEmail(), NEW_PASSWORD).outcome(),
                "sending a link does not change the password");
        assertEquals(List.of("ACCOUNT_CREATED", "PASSWORD_LINK_SENT", "PASSWORD_SET_BY_LINK", "PASSWORD_LINK_RESENT"),
                audit.history("ACCOUNT", account.getId()).stream().map(AuditEntry::getAction)
                        .filter(a -> a.startsWith("ACCOUNT_CREATED") || a.startsWith("PASSWORD_")).toList());
        assertThrows(AccessDeniedException.class, () -> links.resend(account.getId(),
                DemoAccounts.actor(accounts, DemoAccounts.COORDINATOR_PERPIGNAN)));
    }
}
