package fr.faireess.mobility.home;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.module.IncidentStatus;
import fr.faireess.mobility.module.ModuleSession;

/**
 * A trainer's to-do list: their own sessions of today or before whose attendance was never saved
 * (a later day's session is not due yet), and the analyses of their campus waiting for a review
 * (the campus the review list shows them).
 */
@ApplicationScoped
class TrainerTodo {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    private EntityManager em;

    List<TodoItem> of(Account trainer, LocalDate today) {
        List<Optional<TodoItem>> items = new ArrayList<>();
        String sessions = " from ModuleSession s where s.trainer = :me and s.startsAt < :before and s.attendanceRecordedAt is null";
        long toRecord = em.createQuery("select count(s)" + sessions, Long.class)
                .setParameter("me", trainer).setParameter("before", TodoRules.recordableBefore(today)).getSingleResult();
        items.add(TodoRules.item(TodoKind.SESSIONS_TO_RECORD, toRecord, "/trainer/module/sessions")
                .map(i -> i.withTargets(em.createQuery("select s" + sessions + " order by s.startsAt, s.id", ModuleSession.class)
                        .setParameter("me", trainer).setParameter("before", TodoRules.recordableBefore(today))
                        .setMaxResults(TodoItem.MAX_TARGETS).getResultList().stream()
                        .map(s -> new TodoTarget(s.getTitle() + " — " + DAY.format(s.getStartsAt()), "/trainer/module/attendance", "session", s.getId()))
                        .toList())));
        if (trainer.getCampus() != null) {
            long toReview = em.createQuery("select count(i) from CriticalIncident i where i.status = :submitted and i.campus = :campus",
                            Long.class)
                    .setParameter("submitted", IncidentStatus.SUBMITTED).setParameter("campus", trainer.getCampus())
                    .getSingleResult();
            items.add(TodoRules.item(TodoKind.ANALYSES_TO_REVIEW, toReview, "/trainer/module/incidents")
                    .map(i -> i.withParam("status", IncidentStatus.SUBMITTED)));
        }
        return items.stream().flatMap(Optional::stream).toList();
    }
}
