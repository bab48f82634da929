package fr.faireess.mobility.placement;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.mail.MailTemplates;

/**
 * The placement's e-mails: the student (in French) on its creation, correction and the state moves
 * they did not make themselves, the academic referent on a stop, the mentor (in the host's
 * language) with a personal link. Observes the change inside its transaction and queues the mail in
 * the outbox there: the change and its mail are saved together or not at all.
 */
@ApplicationScoped
public class PlacementNotifications {

    /** Dates in the French mails. */
    static final DateTimeFormatter DAY_FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailTemplates templates;

    private final Settings settings = Settings.fromConfig();

    void onChange(@Observes PlacementChanged change) {
        Placement placement = em.find(Placement.class, change.placementId());
        switch (change.kind()) {
            case CREATED, EDITED -> templates.queue(placement.getStudent().getEmail(),
                    change.kind() == PlacementChanged.Kind.CREATED ? "placement.mail.created" : "placement.mail.edited",
                    placement.getStudent().getFirstName(), placement.getHost().getName(), placement.getHost().getCity());
            case STATE -> onMove(placement, change);
        }
    }

    private void onMove(Placement placement, PlacementChanged move) {
        String text = move.reason();
        // The student hears of the moves they did not make themselves (not the departure, which is theirs).
        if (move.to() != PlacementState.IN_PROGRESS) {
            templates.queue(placement.getStudent().getEmail(), "placement.mail.state." + move.to().name(),
                    placement.getStudent().getFirstName(), placement.getHost().getName(),
                    text == null ? "" : text, move.date() == null ? "" : move.date().format(DAY_FR));
        }
        // A stop also concerns the academic referent who follows the placement.
        if (move.to().isStop() && placement.getReferent() != null) {
            templates.queue(placement.getReferent().getEmail(), "placement.mail.referentStop." + move.to().name(),
                    placement.getReferent().getFirstName(), placement.getStudent().getFullName(),
                    placement.getHost().getName(), text, move.date().format(DAY_FR));
        }
    }

    void onMentorLink(@Observes MentorLinkIssued link) {
        Placement placement = em.find(Placement.class, link.placementId());
        Locale language = placement.getMentor().getLanguage().locale();
        String expiryDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
                .format(SchoolTime.toLocal(link.expiresAt()).toLocalDate());
        if (link.purpose() == LinkPurpose.SIGN_AGREEMENT) {
            templates.queue(language, placement.getMentor().getEmail(), "placement.mail.signLink",
                    placement.getMentor().getFullName(), placement.getStudent().getFullName(), placement.getHost().getName(),
                    link.agreementNumber(), settings.publicUrl() + "agreement/sign.xhtml?token=" + link.token(), expiryDay);
        } else {
            templates.queue(language, placement.getMentor().getEmail(), "placement.mail.certificateLink",
                    placement.getMentor().getFullName(), placement.getStudent().getFullName(), placement.getHost().getName(),
                    settings.publicUrl() + "agreement/certificate.xhtml?token=" + link.token(), expiryDay);
        }
    }
}
