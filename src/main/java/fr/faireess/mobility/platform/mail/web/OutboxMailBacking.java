package fr.faireess.mobility.platform.mail.web;

import java.io.Serializable;
import java.time.Instant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.platform.security.ActingUser;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;
import fr.faireess.mobility.platform.mail.MailService;
import fr.faireess.mobility.platform.mail.OutgoingMail;

/**
 * Backs {@code /admin/outbox-mail.xhtml?id=…}: one mail as it was written, and "send again" for a
 * failed or held one. The page remembers the version it showed, so it never re-sends a mail that
 * changed meanwhile.
 */
@Named
@ViewScoped
public class OutboxMailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private MailService mail;
    @Inject private ActingUser currentUser;

    private Long id;
    private OutgoingMail shown;

    public void load() {
        if (shown == null) {
            shown = mail.find(id == null ? -1 : id).orElseThrow(NotFoundException::new);
        }
    }

    public void requeue() {
        PageAction.attempt("actions", () -> {
            shown = mail.requeue(id, shown.getVersion(), currentUser.actor());
            Messages.info("mail.requeue.done", shown.getRecipient());
        });
    }

    public String when(Instant instant) {
        return MailDates.format(instant);
    }

    public boolean isSmtpConfigured() { return mail.smtpConfigured(); }
    public OutgoingMail getMail() { return shown; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
