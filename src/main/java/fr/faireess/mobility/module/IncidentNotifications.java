package fr.faireess.mobility.module;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.platform.mail.MailTemplates;

/** E-mails the student about the review of their critical incident, queued in the review's transaction. */
@ApplicationScoped
public class IncidentNotifications {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailTemplates templates;

    void onReview(@Observes IncidentReviewed review) {
        CriticalIncident incident = em.find(CriticalIncident.class, review.incidentId());
        templates.queue(incident.getStudent().getEmail(),
                review.to() == IncidentStatus.VALIDATED ? "module.mail.incidentValidated" : "module.mail.incidentRework",
                incident.getStudent().getFirstName(), incident.getTitle(), review.reviewerName(),
                review.comment() == null ? "" : review.comment());
    }
}
