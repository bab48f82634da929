package fr.faireess.mobility.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.TestLanes;

/**
 * The outbox on the real server and database. This Payara has no SMTP server configured (unlike
 * the running instance of the HTTP tests), so it exercises the "held, never dropped" path.
 *
 * <p>Where a run points this server and the running instance at one MySQL/MariaDB database (CI gives
 * each its own), the running instance (which has SMTP) may send a mail queued here before this one
 * holds it. Either way the mail leaves the queue, exactly once; on the embedded database it must be held.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class MailOutboxIT {

    /** The actor of the decisions the tests record; only the audit reads it. */
    private static final Actor DECIDER = new Actor(null, "arquillian-admin@example.org");

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private MailService mail;
    @Inject private MailTemplates templates;
    @Inject private AuditLog audit;
    @Inject private UserTransaction tx;
    @Inject private AccountService accounts;
    @Inject private Clock clock;
    @Resource(lookup = "java:app/jdbc/mobility")
    private DataSource dataSource;

    private Actor admin() {
        return DemoAccounts.actor(accounts, DemoAccounts.ADMIN);
    }

    @Test
    void aMailQueuedInATransactionThatRollsBackIsNeverWritten() throws Exception {
        String to = unique("rollback");
        tx.begin();
        audit.record(DECIDER, "SOME_DECISION", "TEST", 1, null, null, to);
        mail.queue(to, "Décision", "Votre candidature…");
        tx.rollback();

        assertEquals(0, mail.count(new OutboxCriteria(null, to)));
    }

    @Test
    void aMailQueuedInTheCallersTransactionCommitsWithIt() throws Exception {
        String to = unique("commit");
        tx.begin();
        audit.record(DECIDER, "SOME_DECISION", "TEST", 2, null, null, to);
        OutgoingMail queued = mail.queue("  " + to.toUpperCase() + " ", "Décision", "Votre candidature est retenue.");
        tx.commit();

        OutgoingMail saved = mail.find(queued.getId()).orElseThrow();
        assertEquals(to, saved.getRecipient());
        assertEquals("Votre candidature est retenue.", saved.getBody());
        assertEquals(1, mail.count(new OutboxCriteria(null, to)));
    }

    @Test
    void withoutSmtpAQueuedMailIsHeldSoonAndReadableThroughThePagedQuery() {
        assertFalse(mail.smtpConfigured());
        String marker = "held-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            mail.queue(marker + "-" + i + "@example.org", "Objet " + i, "Message " + i);
        }
        OutboxCriteria all = new OutboxCriteria(null, marker);
        waitUntil(() -> mail.count(new OutboxCriteria(MailState.QUEUED, marker)) == 0, "the three mails left the queue");

        assertEquals(3, mail.count(all));
        if (databaseOfItsOwn()) {
            assertEquals(3, mail.count(new OutboxCriteria(MailState.HELD, marker)));
        }
        List<OutgoingMail> firstPage = mail.search(all, 0, 2);
        assertEquals(List.of("Objet 2", "Objet 1"), firstPage.stream().map(OutgoingMail::getSubject).toList(),
                "newest first");
        assertEquals(List.of("Objet 0"), mail.search(all, 2, 2).stream().map(OutgoingMail::getSubject).toList());
        for (OutgoingMail settled : mail.search(all, 0, 3)) {
            assertTrue(settled.getState() == MailState.HELD ? settled.getAttempts() == 0 : settled.getState() == MailState.SENT,
                    settled.getState() + " after " + settled.getAttempts() + " tries");
        }
        assertEquals(1, mail.count(new OutboxCriteria(null, marker + "-1@")));
    }

    @Test
    void withoutSmtpAMailWaitingForItsNextTryStaysQueuedUntilThen() throws Exception {
        String marker = "later-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now(clock);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO mail_outbox (recipient, subject, body, created_at, mail_state, attempts, next_attempt_at, version)
                VALUES (?, 'Plus tard', 'Bonjour', ?, 'QUEUED', 1, ?, 0)""")) {
            insert.setString(1, marker + "-waiting@example.org");
            insert.setTimestamp(2, Timestamp.from(now.minus(Duration.ofDays(1))));
            insert.setTimestamp(3, Timestamp.from(now.plus(Duration.ofDays(1))));
            insert.executeUpdate();
        }
        // Queued after it, due now: once this one is held, the dispatcher has passed the waiting one.
        mail.queue(marker + "-due@example.org", "Maintenant", "Bonjour");
        waitUntil(() -> mail.count(new OutboxCriteria(MailState.QUEUED, marker + "-due@")) == 0, "the due mail left the queue");

        assertEquals(1, mail.count(new OutboxCriteria(MailState.QUEUED, marker + "-waiting@")));
    }

    @Test
    void aHeldMailIsNotSentAgainWithoutSmtpNorFromAStaleVersion() {
        String to = unique("requeue");
        long id = mail.queue(to, "Objet", "Message").getId();
        waitUntil(() -> mail.find(id).orElseThrow().getState() != MailState.QUEUED, "the mail left the queue");
        OutgoingMail settled = mail.find(id).orElseThrow();
        if (databaseOfItsOwn()) {
            assertEquals(MailState.HELD, settled.getState());
        }

        assertThrows(ConcurrentModificationException.class, () -> mail.requeue(id, settled.getVersion() - 1, admin()));
        BusinessException e = assertThrows(BusinessException.class, () -> mail.requeue(id, settled.getVersion(), admin()));
        assertEquals(settled.getState() == MailState.HELD ? "mail.requeue.noSmtp" : "mail.requeue.notStuck", e.messageKey());
        assertEquals(settled.getState(), mail.find(id).orElseThrow().getState());
        assertTrue(audit.history(MailService.AUDIT_SUBJECT, id).isEmpty());
    }

    @Test
    void anInvalidAddressIsRefusedAndNothingIsWritten() {
        for (String bad : new String[] {"pas-une-adresse", "", "a@b@c.fr", "Léa <lea@example.org>"}) {
            BusinessException e = assertThrows(BusinessException.class, () -> mail.queue(bad, "Objet", "Message"), bad);
            assertEquals("mail.recipient.invalid", e.messageKey());
            assertEquals("to", e.field().orElseThrow());
        }
        assertEquals(0, mail.count(new OutboxCriteria(null, "pas-une-adresse")));
    }

    @Test
    void aTemplateIsQueuedInFrenchWithTheSignatureAndTheTestMailIsAudited() {
        String to = unique("template");
        OutgoingMail queued = templates.queue(to, "mail.test", "Camille");
        assertEquals("Courriel de test — Mobilité FAIRE-ESS", queued.getSubject());
        assertTrue(queued.getBody().contains("à la demande de Camille."), queued.getBody());
        assertTrue(queued.getBody().endsWith("-- \nL'équipe mobilité internationale FAIRE-ESS\n"), queued.getBody());

        OutgoingMail test = mail.queueTest(admin());
        assertEquals(DemoAccounts.ADMIN, test.getRecipient(), "to the administrator who asked");
        List<AuditEntry> history = audit.history(MailService.AUDIT_SUBJECT, test.getId());
        assertEquals(List.of("MAIL_TEST_QUEUED"), history.stream().map(AuditEntry::getAction).toList());
    }

    @Test
    void onlyAnAdminQueuesATestMailOrSendsAMailAgain() {
        String to = unique("not-admin");
        long id = mail.queue(to, "Objet", "Message").getId();
        waitUntil(() -> mail.find(id).orElseThrow().getState() != MailState.QUEUED, "the mail left the queue");
        OutgoingMail settled = mail.find(id).orElseThrow();
        for (String email : List.of(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.STUDENT_ASS_PERPIGNAN)) {
            Actor someone = DemoAccounts.actor(accounts, email);
            long before = mail.count(new OutboxCriteria(null, email));
            assertThrows(AccessDeniedException.class, () -> mail.queueTest(someone), email);
            assertThrows(AccessDeniedException.class, () -> mail.requeue(id, settled.getVersion(), someone), email);
            assertEquals(before, mail.count(new OutboxCriteria(null, email)), "no test mail was queued for " + email);
        }
        assertThrows(AccessDeniedException.class, () -> mail.queueTest(new Actor(null, to)), "an actor without an account");
        assertEquals(1, mail.count(new OutboxCriteria(null, to)), "only the mail queued above");
        assertEquals(settled.getVersion(), mail.find(id).orElseThrow().getVersion());
        assertTrue(audit.history(MailService.AUDIT_SUBJECT, id).isEmpty());
    }

    /** The embedded database is this server's alone; MySQL/MariaDB is shared with the running instance. */
    private static boolean databaseOfItsOwn() {
        return Settings.fromConfig().embeddedDatabase();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
