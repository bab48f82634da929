package fr.faireess.mobility.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.module.CompletionStatus;
import fr.faireess.mobility.module.IncidentStatus;
import fr.faireess.mobility.module.ModuleCompletion;
import fr.faireess.mobility.placement.LearningAgreement;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementProgress;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.testimony.Testimony;

/** A student's to-do list, read from their own files only (every query is bound to the student). */
@ApplicationScoped
class StudentTodo {

    static final List<PlacementState> LIVE = List.of(PlacementState.PROPOSED, PlacementState.CONFIRMED,
            PlacementState.IN_PROGRESS);
    private static final String PLACEMENT_VIEW = "/student/placements/view";

    @PersistenceContext
    private EntityManager em;

    @Inject private ModuleCompletion completion;

    List<TodoItem> of(Account me, Instant now, LocalDate today) {
        List<Optional<TodoItem>> items = new ArrayList<>();
        items.add(agreementsToSign(me));
        items.add(filesToComplete(me, now));
        items.add(consentsAwaited(me, today));
        items.add(analysesDue(me));
        items.add(certificatesAwaited(me, today));
        return items.stream().flatMap(Optional::stream).toList();
    }

    /** The current version of the student's live placements, ready to sign and without their signature. */
    private Optional<TodoItem> agreementsToSign(Account me) {
        List<Placement> placements = em.createQuery("""
                        select a from LearningAgreement a join fetch a.placement p join fetch p.host
                        where p.student = :me and p.state in :live and a.studentSignedAt is null
                          and a.title is not null and a.programme is not null and a.recognition is not null"""
                        + " and " + PlacementProgress.CURRENT_VERSION + " order by p.plannedStart", LearningAgreement.class)
                .setParameter("me", me).setParameter("live", LIVE).getResultList()
                .stream().map(LearningAgreement::getPlacement).toList();
        return placementItem(TodoKind.SIGN_AGREEMENT, placements);
    }

    /** Drafts and files sent back for changes, in a call still open: the student can still submit them. */
    private Optional<TodoItem> filesToComplete(Account me, Instant now) {
        List<MobilityApplication> files = em.createQuery("""
                        select a from MobilityApplication a join fetch a.call c
                        where a.student = :me and a.status in :editable
                          and c.opensAt <= :now and c.closesAt > :now and c.closedEarlyAt is null
                        order by c.closesAt, a.id""", MobilityApplication.class)
                .setParameter("me", me).setParameter("now", now)
                .setParameter("editable", List.of(ApplicationStatus.DRAFT, ApplicationStatus.CHANGES_REQUESTED))
                .getResultList();
        return TodoRules.item(TodoKind.COMPLETE_FILE, files.size(), "/student/applications/list")
                .map(i -> i.withTargets(files.stream()
                        .map(a -> new TodoTarget(a.getCall().getTitle(), "/student/applications/file", "id", a.getId()))
                        .toList()));
    }

    /**
     * Testimonies the student wrote or co-wrote without a consent of theirs in force: never given,
     * or its period over. A consent they withdrew is their choice, not something to do.
     */
    private Optional<TodoItem> consentsAwaited(Account me, LocalDate today) {
        List<Testimony> testimonies = em.createQuery("""
                        select distinct t from Testimony t left join t.coAuthors co
                        where (t.student = :me or co = :me)
                          and not exists (select c from TestimonyConsent c where c.testimony = t and c.account = :me
                                          and (c.withdrawnAt is not null or c.validUntil >= :today))
                        order by t.id""", Testimony.class)
                .setParameter("me", me).setParameter("today", today).getResultList();
        return TodoRules.item(TodoKind.GIVE_CONSENT, testimonies.size(), "/student/testimonies/list")
                .map(i -> i.withTargets(testimonies.stream()
                        .map(t -> new TodoTarget(t.getTitle(), "/student/testimonies/edit", "id", t.getId())).toList()));
    }

    /** Critical-incident analyses the cohort's requirement still asks of the student. */
    private Optional<TodoItem> analysesDue(Account me) {
        CompletionStatus status = completion.statusOf(me);
        if (status.incidentsRequired() == 0) {
            return Optional.empty();
        }
        long waiting = em.createQuery("select count(i) from CriticalIncident i where i.student = :me and i.status = :submitted",
                        Long.class)
                .setParameter("me", me).setParameter("submitted", IncidentStatus.SUBMITTED).getSingleResult();
        return TodoRules.item(TodoKind.WRITE_ANALYSIS,
                TodoRules.analysesDue(status.incidentsRequired(), status.incidentsValidated(), (int) waiting),
                "/student/module/index");
    }

    /** Placements whose planned end has passed while the host's certificate is still missing. */
    private Optional<TodoItem> certificatesAwaited(Account me, LocalDate today) {
        List<Placement> placements = em.createQuery("""
                        select p from Placement p join fetch p.host
                        where p.student = :me and p.state in :running and p.certAt is null and p.plannedEnd < :today
                        order by p.plannedEnd""", Placement.class)
                .setParameter("me", me).setParameter("today", today)
                .setParameter("running", List.of(PlacementState.CONFIRMED, PlacementState.IN_PROGRESS))
                .getResultList();
        return placementItem(TodoKind.CERTIFICATE_AWAITED, placements);
    }

    private static Optional<TodoItem> placementItem(TodoKind kind, List<Placement> placements) {
        return TodoRules.item(kind, placements.size(), "/student/placements/list")
                .map(i -> i.withTargets(placements.stream()
                        .map(p -> new TodoTarget(p.getHost().getName() + " — " + p.getHost().getCity(), PLACEMENT_VIEW,
                                "id", p.getId()))
                        .toList()));
    }
}
