package fr.faireess.mobility.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.application.ApplicationStatus.By;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * The coordinator's decisions on a submitted file: changes requested, selected within the call's
 * quota (the call row locked first, so two coordinators selecting at once queue up), waitlisted,
 * rejected, scored. Each decision names the version of the file the coordinator's page showed: if
 * someone changed it since, nothing is done and the coordinator is told, rather than deciding on
 * what they did not see. Files of students of the coordinator's campuses only; every status change
 * goes through {@link ApplicationService#move} (audited and announced).
 */
@ApplicationScoped
public class ApplicationReview {

    public static final int SCORE_MAX = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject private ApplicationService applications;
    @Inject private ApplicationQueries queries;
    @Inject private CallService calls;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    /**
     * Returns the file to the student with a message. {@code seenVersion} is the version the
     * coordinator's page showed: if someone changed the file since, nothing is done
     * and the coordinator is told, rather than deciding on what they did not see.
     */
    @Transactional
    public MobilityApplication requestChanges(long id, Account coordinator, String message, long seenVersion) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        MobilityApplication application = forDecision(id, coordinator, seenVersion);
        String text = ApplicationService.required(message, "message", "application.requestChanges.messageRequired");
        em.persist(new ApplicationComment(application, coordinator, text, Instant.now(clock)));
        applications.move(application, ApplicationStatus.CHANGES_REQUESTED, By.COORDINATOR, coordinator, text);
        return application;
    }

    /**
     * Selects within the call's quota, with the coordinator's optional message (the student reads it
     * in the file's thread and in the e-mail announcing the decision). The call row is locked first,
     * so two coordinators selecting at the same moment queue up and the second sees the first's
     * selection.
     */
    @Transactional
    public MobilityApplication select(long id, Account coordinator, String message, long seenVersion) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        MobilityApplication application = forStaff(id, coordinator);
        MobilityCall call = calls.lockForSelection(application.getCall().getId());
        em.refresh(application);
        ApplicationService.checkVersion(application, seenVersion);
        // The quota counts every selected file of the call, those of campuses this coordinator
        // does not see included; the refusal then says how many, never whose.
        long selected = calls.selectedCount(call.getId());
        if (application.getStatus() != ApplicationStatus.SELECTED && selected >= call.getPlaces()) {
            long unseen = selected - queries.selectedCount(call.getId(), CampusScope.of(coordinator));
            if (unseen > 0) {
                throw new BusinessException("application.select.quotaReachedOtherCampus", call.getPlaces(), unseen);
            }
            throw new BusinessException("application.select.quotaReached", call.getPlaces());
        }
        applications.move(application, ApplicationStatus.SELECTED, By.COORDINATOR, coordinator, optionalMessage(application, coordinator, message));
        return application;
    }

    /** Waitlists, with the coordinator's optional message (thread and e-mail). */
    @Transactional
    public MobilityApplication waitlist(long id, Account coordinator, String message, long seenVersion) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        MobilityApplication application = forDecision(id, coordinator, seenVersion);
        applications.move(application, ApplicationStatus.WAITLISTED, By.COORDINATOR, coordinator, optionalMessage(application, coordinator, message));
        return application;
    }

    /** A message typed with a decision that needs none: kept in the thread, else nothing (null). */
    private String optionalMessage(MobilityApplication application, Account coordinator, String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String text = message.strip();
        em.persist(new ApplicationComment(application, coordinator, text, Instant.now(clock)));
        return text;
    }

    /** Rejects with the reason the student reads (thread and e-mail). */
    @Transactional
    public MobilityApplication reject(long id, Account coordinator, String reason, long seenVersion) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        MobilityApplication application = forDecision(id, coordinator, seenVersion);
        String text = ApplicationService.required(reason, "message", "application.reject.reasonRequired");
        em.persist(new ApplicationComment(application, coordinator, text, Instant.now(clock)));
        applications.move(application, ApplicationStatus.REJECTED, By.COORDINATOR, coordinator, text);
        return application;
    }

    /** Scores for ranking (0–100); refused if someone else changed the file since {@code version}. */
    @Transactional
    public MobilityApplication score(long id, Account coordinator, Integer score, long version) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        MobilityApplication application = forDecision(id, coordinator, version);
        if (score != null && (score < 0 || score > SCORE_MAX)) {
            throw new BusinessException("score", "application.score.invalid", SCORE_MAX);
        }
        application.score(score);
        applications.flush();
        audit.record(coordinator.actor(), "APPLICATION_SCORED", ApplicationService.AUDIT_SUBJECT, id, null, null,
                score == null ? "—" : score.toString());
        return application;
    }

    private MobilityApplication forStaff(long id, Account staff) {
        if (!ApplicationService.isStaff(staff)) {
            throw new NotFoundException();
        }
        return applications.findVisibleTo(id, staff).orElseThrow(NotFoundException::new);
    }

    private MobilityApplication forDecision(long id, Account staff, long seenVersion) {
        MobilityApplication application = forStaff(id, staff);
        ApplicationService.checkVersion(application, seenVersion);
        return application;
    }
}
