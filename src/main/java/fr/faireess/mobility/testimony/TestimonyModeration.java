package fr.faireess.mobility.testimony;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.testimony.TestimonyStatus.By;

/**
 * The coordinators' moderation: changes requested, approved, published on the showcase (every
 * required consent valid today), unpublished — each with the coordinator's message in the thread the
 * student reads — and the testimonies the system took off the showcase for a consent. Submitted
 * testimonies of owners of the campuses the coordinator sees only.
 */
@ApplicationScoped
public class TestimonyModeration {

    @PersistenceContext
    private EntityManager em;

    @Inject private TestimonyService testimonies;
    @Inject private TestimonyConsentWindow consentWindow;
    @Inject private Clock clock;

    @Transactional
    public Testimony requestChanges(long id, Account coordinator, String message) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Testimony testimony = forStaff(id, coordinator);
        String text = required(message, "testimony.comment.required");
        refuseUnlessAllowed(testimony, TestimonyStatus.CHANGES_REQUESTED);
        decide(testimony, TestimonyStatus.CHANGES_REQUESTED, coordinator, text);
        return testimony;
    }

    @Transactional
    public Testimony approve(long id, Account coordinator, String message) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Testimony testimony = forStaff(id, coordinator);
        refuseUnlessAllowed(testimony, TestimonyStatus.APPROVED);
        decide(testimony, TestimonyStatus.APPROVED, coordinator, optional(message));
        return testimony;
    }

    /**
     * Publishes on the showcase: approved (or unpublished) and every required consent valid today —
     * present, for the web, not withdrawn, not ended. The testimony then stays on the showcase until
     * the earliest end among them.
     */
    @Transactional
    public Testimony publish(long id, Account coordinator, String message) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Testimony testimony = forStaff(id, coordinator);
        refuseUnlessAllowed(testimony, TestimonyStatus.PUBLISHED);
        ConsentRule.missingForWeb(testimonies.authors(testimony), consentWindow.consentFacts(testimony), testimonies.today()).ifPresent(missing -> {
            throw new BusinessException(null, missing.messageKey(), missing.person());
        });
        consentWindow.refreshConsentWindow(testimony);
        decide(testimony, TestimonyStatus.PUBLISHED, coordinator, optional(message));
        return testimony;
    }

    @Transactional
    public Testimony unpublish(long id, Account coordinator, String message) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Testimony testimony = forStaff(id, coordinator);
        refuseUnlessAllowed(testimony, TestimonyStatus.UNPUBLISHED);
        decide(testimony, TestimonyStatus.UNPUBLISHED, coordinator, optional(message));
        return testimony;
    }

    /** A coordinator's move, with their message (if any) added to the thread the student reads. */
    private void decide(Testimony testimony, TestimonyStatus target, Account coordinator, String message) {
        if (message != null) {
            em.persist(new TestimonyComment(testimony, coordinator, message, Instant.now(clock)));
        }
        testimonies.move(testimony, target, By.COORDINATOR, coordinator.actor(), message);
    }

    /** A testimony the system took off the showcase for a consent, for the coordinators' home. */
    public record TakenOff(Testimony testimony, TestimonyChanged.Reason reason, String person, Instant at) {
    }

    /**
     * The testimonies the system unpublished for a consent (withdrawn or ended) in the last {@code days}
     * days and that are still off the showcase, newest first: the coordinators' note to act on them.
     */
    public List<TakenOff> takenOffForConsent(Account coordinator, int days) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        CampusScope scope = CampusScope.of(coordinator);
        List<AuditEntry> entries = em.createQuery("""
                        select e from AuditEntry e
                        where e.subjectType = :subject and e.action = 'TESTIMONY_UNPUBLISHED'
                          and e.detail like 'CONSENT_%' and e.occurredAt >= :since
                        order by e.occurredAt desc, e.id desc""", AuditEntry.class)
                .setParameter("subject", TestimonyService.AUDIT_SUBJECT)
                .setParameter("since", Instant.now(clock).minus(Duration.ofDays(days)))
                .getResultList();
        Map<Long, TakenOff> latest = new LinkedHashMap<>();
        for (AuditEntry entry : entries) {
            long id = Long.parseLong(entry.getSubjectId());
            String[] detail = entry.getDetail().split(": ", 2);
            Optional<TestimonyChanged.Reason> reason = Arrays.stream(TestimonyChanged.Reason.values())
                    .filter(r -> r.auditDetail().equals(detail[0])).findFirst();
            Testimony testimony = em.find(Testimony.class, id);
            if (reason.isPresent() && !latest.containsKey(id) && testimony != null
                    && testimony.getStatus() == TestimonyStatus.UNPUBLISHED && scope.allows(TestimonyService.campusOf(testimony))) {
                latest.put(id, new TakenOff(testimony, reason.get(), detail.length > 1 ? detail[1] : "", entry.getOccurredAt()));
            }
        }
        return List.copyOf(latest.values());
    }

    private static void refuseUnlessAllowed(Testimony testimony, TestimonyStatus target) {
        if (!testimony.getStatus().canMoveTo(target, By.COORDINATOR)) {
            throw new BusinessException("testimony.move.notAllowed");
        }
    }

    private Testimony forStaff(long id, Account staff) {
        return testimonies.findForStaff(id, staff).orElseThrow(NotFoundException::new);
    }

    private static String required(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("message", key);
        }
        if (text.strip().length() > TestimonyComment.MAX_LENGTH) {
            throw new BusinessException("message", "field.tooLong");
        }
        return text.strip();
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : required(text, "testimony.comment.required");
    }
}
