package fr.faireess.mobility.module;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * Critical-incident analyses: a student writes and submits their own; a trainer of the student's
 * campus (or an administrator) validates them or asks for rework. Every read carries who asks: a
 * student only ever loads their own analyses, a trainer only submitted ones of their campus.
 */
@ApplicationScoped
public class CriticalIncidentService {

    public static final String AUDIT_SUBJECT = "CRITICAL_INCIDENT";
    static final int MAX_COMMENT = 4000;
    /** Who reads submitted analyses and decides on them (coordinators do not: it is teaching work). */
    static final Role[] REVIEWERS = {Role.TRAINER, Role.ADMIN};

    @Inject
    private Event<IncidentReviewed> reviewed;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    // ---------------------------------------------------------------- the student's side

    /** The student's own analyses, latest first. */
    public List<CriticalIncident> mine(Account student) {
        return em.createQuery("select i from CriticalIncident i where i.student = :me order by i.updatedAt desc, i.id desc",
                CriticalIncident.class).setParameter("me", student).getResultList();
    }

    /** One of the student's own analyses; someone else's id finds nothing. */
    public Optional<CriticalIncident> findOwn(long id, Account student) {
        return em.createQuery("select i from CriticalIncident i where i.id = :id and i.student = :me", CriticalIncident.class)
                .setParameter("id", id).setParameter("me", student).getResultStream().findFirst();
    }

    /** Saves a draft (a new one when {@code id} is null). */
    @Transactional
    public CriticalIncident saveDraft(Long id, IncidentForm form, Account student) {
        RoleGuard.require(student, Role.STUDENT);
        IncidentGrid.checkDraft(form);
        return write(id, form, student);
    }

    /** Saves and submits for review: every heading of the grid must be filled in. */
    @Transactional
    public CriticalIncident submit(Long id, IncidentForm form, Account student) {
        RoleGuard.require(student, Role.STUDENT);
        IncidentGrid.checkSubmission(form);
        CriticalIncident incident = write(id, form, student);
        IncidentStatus from = incident.moveTo(IncidentStatus.SUBMITTED, Instant.now(clock));
        em.flush();
        audit.record(student.actor(), "INCIDENT_SUBMITTED", AUDIT_SUBJECT, incident.getId(), from.name(),
                IncidentStatus.SUBMITTED.name(), null);
        return incident;
    }

    private CriticalIncident write(Long id, IncidentForm form, Account student) {
        if (student.getCampus() == null) {
            throw new BusinessException("module.incident.noCampus");
        }
        Instant now = Instant.now(clock);
        CriticalIncident incident;
        if (id == null) {
            incident = new CriticalIncident(student, student.getCampus(), now);
            incident.write(form, now);
            em.persist(incident);
            em.flush();
            audit.record(student.actor(), "INCIDENT_CREATED", AUDIT_SUBJECT, incident.getId(), null,
                    IncidentStatus.DRAFT.name(), null);
            return incident;
        }
        incident = findOwn(id, student).orElseThrow(NotFoundException::new);
        if (!incident.getStatus().editableByStudent()) {
            throw new BusinessException("module.incident.notEditable");
        }
        if (form.getVersion() == null || form.getVersion() != incident.getVersion()) {
            throw new ConcurrentModificationException();
        }
        incident.write(form, now);
        return incident;
    }

    // ---------------------------------------------------------------- the trainer's side

    /**
     * An analysis a reviewer may read: submitted at least once (drafts are private), of their campus
     * for a trainer, any campus for an administrator.
     */
    public Optional<CriticalIncident> findForReview(long id, Account reviewer) {
        RoleGuard.require(reviewer, REVIEWERS);
        return reviewQuery("select i from CriticalIncident i", " and i.id = :id", "", CriticalIncident.class, reviewer, null)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public List<CriticalIncident> searchForReview(Account reviewer, IncidentStatus status, int first, int pageSize) {
        RoleGuard.require(reviewer, REVIEWERS);
        return reviewQuery("select i from CriticalIncident i join fetch i.student", "",
                " order by i.submittedAt desc, i.id desc", CriticalIncident.class, reviewer, status)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long countForReview(Account reviewer, IncidentStatus status) {
        RoleGuard.require(reviewer, REVIEWERS);
        return reviewQuery("select count(i) from CriticalIncident i", "", "", Long.class, reviewer, status).getSingleResult();
    }

    private <T> TypedQuery<T> reviewQuery(String select, String extraWhere, String orderBy, Class<T> type,
                                          Account reviewer, IncidentStatus status) {
        boolean admin = reviewer.hasRole(Role.ADMIN);
        boolean trainer = reviewer.hasRole(Role.TRAINER) && reviewer.getCampus() != null;
        String scope = admin ? "" : trainer ? " and i.campus = :campus" : " and i.id is null";
        String where = " where i.status <> :draft" + scope + (status == null ? "" : " and i.status = :status") + extraWhere;
        TypedQuery<T> query = em.createQuery(select + where + orderBy, type).setParameter("draft", IncidentStatus.DRAFT);
        if (!admin && trainer) {
            query.setParameter("campus", reviewer.getCampus());
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query;
    }

    @Transactional
    public CriticalIncident validate(long id, long version, String comment, Account reviewer) {
        RoleGuard.require(reviewer, REVIEWERS);
        return review(id, version, comment, reviewer, IncidentStatus.VALIDATED);
    }

    /** Sends the analysis back to the student; the comment says what to rework, so it is required. */
    @Transactional
    public CriticalIncident requestRework(long id, long version, String comment, Account reviewer) {
        RoleGuard.require(reviewer, REVIEWERS);
        return review(id, version, comment, reviewer, IncidentStatus.REWORK_REQUESTED);
    }

    private CriticalIncident review(long id, long version, String comment, Account reviewer, IncidentStatus target) {
        CriticalIncident incident = findForReview(id, reviewer).orElseThrow(NotFoundException::new);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (incident.getStatus() != IncidentStatus.SUBMITTED) {
            throw new BusinessException("module.incident.notSubmitted");
        }
        if (incident.getVersion() != version) {
            throw new ConcurrentModificationException();
        }
        if (target == IncidentStatus.REWORK_REQUESTED && text == null) {
            throw new BusinessException("comment", "module.incident.commentRequired");
        }
        if (text != null && text.length() > MAX_COMMENT) {
            throw new BusinessException("comment", "field.tooLong");
        }
        IncidentStatus from = incident.moveTo(target, Instant.now(clock));
        incident.reviewedBy(reviewer, text);
        em.flush();
        audit.record(reviewer.actor(), target == IncidentStatus.VALIDATED ? "INCIDENT_VALIDATED" : "INCIDENT_REWORK_REQUESTED",
                AUDIT_SUBJECT, id, from.name(), target.name(), text);
        // The student learns of the review by e-mail (IncidentNotifications), queued in this transaction.
        reviewed.fire(new IncidentReviewed(id, target, reviewer.getFullName(), text));
        return incident;
    }
}
