package fr.faireess.mobility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.platform.mail.MailTemplates;

/**
 * E-mails the student, in French, about each decision on their file and each message from the
 * coordination. Observes the change inside its transaction and queues the mail in the outbox there:
 * the decision and its mail are saved together or not at all.
 */
@ApplicationScoped
public class ApplicationNotifications {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailTemplates templates;

    void onChange(@Observes ApplicationChanged change) {
        String key = switch (change.kind()) {
            case COMMENT -> "application.mail.comment";
            case STATUS -> switch (change.to()) {
                case SUBMITTED -> "application.mail.submitted";
                case CHANGES_REQUESTED -> "application.mail.changesRequested";
                case SELECTED -> "application.mail.selected";
                case WAITLISTED -> "application.mail.waitlisted";
                case REJECTED -> "application.mail.rejected";
                case WITHDRAWN -> "application.mail.withdrawn";
                case DRAFT -> null;
            };
        };
        if (key == null) {
            return;
        }
        // A decision that needs no message may still carry one: the e-mail then quotes it.
        boolean quotesMessage = change.message() != null && !change.message().isBlank();
        if (quotesMessage && change.kind() == ApplicationChanged.Kind.STATUS
                && (change.to() == ApplicationStatus.SELECTED || change.to() == ApplicationStatus.WAITLISTED)) {
            key = key + ".withMessage";
        }
        MobilityApplication application = em.find(MobilityApplication.class, change.applicationId());
        templates.queue(application.getStudent().getEmail(), key,
                application.getStudent().getFirstName(),
                application.getCall().getTitle(),
                change.message() == null ? "" : change.message());
    }
}
