package fr.faireess.mobility.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleCheck;
import fr.faireess.mobility.platform.security.RoleHolder;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * The outbox: what other features call to send an e-mail, and what administrators read. The two
 * actions an administrator takes (a test mail, sending a stuck mail again) check that role first.
 *
 * <p>{@link #queue} only writes a row, in the caller's transaction: if the decision the mail
 * announces rolls back, so does the mail, and a committed decision always has its mail. Sending
 * happens afterwards, in the background ({@link MailDispatcher}); a mail may therefore be sent
 * twice in the rare case where the SMTP server accepted it but the "sent" mark could not be saved,
 * never zero times.
 */
@ApplicationScoped
public class MailService {

    static final String AUDIT_SUBJECT = "MAIL";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private Event<MailQueued> queued;

    @Inject
    private RoleCheck accounts;

    private final Settings settings = Settings.fromConfig();

    /**
     * Queues a plain-text mail. Joins the caller's transaction when there is one (the usual case:
     * a decision and its mail), or runs in its own. A subject or body longer than the outbox keeps
     * is shortened, never refused: the decision must not fail because of its mail.
     *
     * @throws BusinessException (field {@code to}) when the address is not a valid e-mail address
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public OutgoingMail queue(String to, String subject, String textBody) {
        String recipient = validRecipient(to);
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A mail needs a subject");
        }
        OutgoingMail mail = new OutgoingMail(recipient, subject.strip(), textBody == null ? "" : textBody,
                Instant.now(clock));
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.getId()));
        return mail;
    }

    /**
     * Queues the French test message to the administrator asking for it, so that a deployer can
     * check the SMTP settings from the application itself.
     */
    @Transactional
    public OutgoingMail queueTest(Actor admin) {
        RoleHolder account = accounts.requireRole(admin, Role.ADMIN);
        String to = account.getEmail();   // the address on the account, not the one the caller passed
        MailText text = MailTemplates.compose(MailTemplates.LOCALE, "mail.test", settings.publicUrl(), to);
        OutgoingMail mail = queue(to, text.subject(), text.body());
        audit.record(admin, "MAIL_TEST_QUEUED", AUDIT_SUBJECT, mail.getId(), null, MailState.QUEUED.name(), to);
        return mail;
    }

    /**
     * Puts a failed or held mail back in the queue for a fresh series of tries. Refused when no
     * SMTP server is configured (it would only be held again) and when someone else changed the
     * mail since {@code version} was read.
     */
    @Transactional
    public OutgoingMail requeue(long id, long version, Actor actor) {
        accounts.requireRole(actor, Role.ADMIN);
        OutgoingMail mail = find(id).orElseThrow(NotFoundException::new);
        if (mail.getVersion() != version) {
            throw new ConcurrentModificationException();
        }
        if (!mail.canRequeue()) {
            throw new BusinessException("mail.requeue.notStuck");
        }
        if (!settings.smtpConfigured()) {
            throw new BusinessException("mail.requeue.noSmtp");
        }
        MailState before = mail.getState();
        mail.requeue(Instant.now(clock));
        em.flush();
        audit.record(actor, "MAIL_REQUEUED", AUDIT_SUBJECT, id, before.name(), MailState.QUEUED.name(), mail.getRecipient());
        queued.fire(new MailQueued(id));
        return mail;
    }

    // ---------------------------------------------------------------- reads (administrators)

    public Optional<OutgoingMail> find(long id) {
        return Optional.ofNullable(em.find(OutgoingMail.class, id));
    }

    /** One page of the outbox, newest first, paged in the database. */
    public List<OutgoingMail> search(OutboxCriteria criteria, int first, int pageSize) {
        return criteria.apply(em, "select m from OutgoingMail m", OutgoingMail.class, " order by m.createdAt desc, m.id desc")
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(OutboxCriteria criteria) {
        return criteria.apply(em, "select count(m) from OutgoingMail m", Long.class, "").getSingleResult();
    }

    public boolean smtpConfigured() {
        return settings.smtpConfigured();
    }

    /** "host:port" of the SMTP server, for administrators; empty without one. */
    public String smtpServer() {
        return settings.smtpHost().map(host -> host + ":" + settings.smtpPort()).orElse("");
    }

    private static String validRecipient(String to) {
        String recipient = to == null ? "" : to.strip().toLowerCase(Locale.ROOT);
        try {
            if (recipient.isEmpty() || recipient.length() > OutgoingMail.RECIPIENT_MAX) {
                throw new AddressException(recipient);
            }
            InternetAddress address = new InternetAddress(recipient, true);
            address.validate();
            if (!address.getAddress().equals(recipient)) {
                throw new AddressException(recipient);
            }
        } catch (AddressException e) {
            throw new BusinessException("to", "mail.recipient.invalid", to);
        }
        return recipient;
    }
}
