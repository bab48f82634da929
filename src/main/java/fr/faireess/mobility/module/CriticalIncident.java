package fr.faireess.mobility.module;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.reference.Campus;

/**
 * A student's analysis of a critical incident ("choc culturel") on Cohen-Emerique's grid, written
 * during the module or during the placement abroad, and reviewed by a trainer of the student's
 * campus. The status only changes through {@link #moveTo}, which enforces {@link IncidentStatus}.
 */
@Entity
@Table(name = "critical_incident")
public class CriticalIncident implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id")
    private Account student;

    /** The campus whose trainers review it: the student's when it was started. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "campus_code")
    private Campus campus;

    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Column(name = "during_placement", nullable = false)
    private boolean duringPlacement;

    @Size(max = 4000) @Column(length = 4000) private String situation;
    @Size(max = 4000) @Column(name = "people_involved", length = 4000) private String peopleInvolved;
    @Size(max = 4000) @Column(length = 4000) private String reaction;
    @Size(max = 4000) @Column(name = "own_frame", length = 4000) private String ownFrame;
    @Size(max = 4000) @Column(name = "other_frame", length = 4000) private String otherFrame;
    @Size(max = 4000) @Column(length = 4000) private String negotiation;
    @Size(max = 4000) @Column(length = 4000) private String learning;

    @Enumerated(EnumType.STRING)
    @Column(name = "incident_status", nullable = false, length = 20)
    private IncidentStatus status = IncidentStatus.DRAFT;

    @Size(max = 4000)
    @Column(name = "trainer_comment", length = 4000)
    private String trainerComment;

    @ManyToOne
    @JoinColumn(name = "reviewer_id")
    private Account reviewer;

    @Column(name = "submitted_at") private Instant submittedAt;
    @Column(name = "reviewed_at") private Instant reviewedAt;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt;

    @Version
    private long version;

    protected CriticalIncident() {
    }

    CriticalIncident(Account student, Campus campus, Instant createdAt) {
        this.student = student;
        this.campus = campus;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void write(IncidentForm form, Instant at) {
        this.title = form.getTitle();
        this.occurredOn = form.getOccurredOn();
        this.duringPlacement = form.isDuringPlacement();
        this.situation = form.getSituation();
        this.peopleInvolved = form.getPeopleInvolved();
        this.reaction = form.getReaction();
        this.ownFrame = form.getOwnFrame();
        this.otherFrame = form.getOtherFrame();
        this.negotiation = form.getNegotiation();
        this.learning = form.getLearning();
        this.updatedAt = at;
    }

    /** Moves to {@code target} if the life cycle allows it; returns the previous status. */
    IncidentStatus moveTo(IncidentStatus target, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException(status + " -> " + target);
        }
        IncidentStatus from = status;
        status = target;
        updatedAt = at;
        if (target == IncidentStatus.SUBMITTED) {
            submittedAt = at;
        } else {
            reviewedAt = at;
        }
        return from;
    }

    void reviewedBy(Account trainer, String comment) {
        this.reviewer = trainer;
        this.trainerComment = comment;
    }

    public Long getId() { return id; }
    public Account getStudent() { return student; }
    public Campus getCampus() { return campus; }
    public String getTitle() { return title; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public boolean isDuringPlacement() { return duringPlacement; }
    public String getSituation() { return situation; }
    public String getPeopleInvolved() { return peopleInvolved; }
    public String getReaction() { return reaction; }
    public String getOwnFrame() { return ownFrame; }
    public String getOtherFrame() { return otherFrame; }
    public String getNegotiation() { return negotiation; }
    public String getLearning() { return learning; }
    public IncidentStatus getStatus() { return status; }
    public String getTrainerComment() { return trainerComment; }
    public Account getReviewer() { return reviewer; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getReviewedAt() { return reviewedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
