package fr.faireess.mobility.platform.audit;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audited event. Written in the same transaction as the change it records; never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false) private Instant occurredAt;
    @Column(name = "actor_id") private Long actorId;
    @Column(name = "actor_email", length = 254) private String actorEmail;
    @Column(nullable = false, length = 60) private String action;
    @Column(name = "subject_type", nullable = false, length = 60) private String subjectType;
    @Column(name = "subject_id", length = 60) private String subjectId;
    @Column(name = "from_state", length = 40) private String fromState;
    @Column(name = "to_state", length = 40) private String toState;
    @Column(length = 2000) private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, Long actorId, String actorEmail, String action, String subjectType,
                      String subjectId, String fromState, String toState, String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.fromState = fromState;
        this.toState = toState;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getActorId() { return actorId; }
    public String getActorEmail() { return actorEmail; }
    public String getAction() { return action; }
    public String getSubjectType() { return subjectType; }
    public String getSubjectId() { return subjectId; }
    public String getFromState() { return fromState; }
    public String getToState() { return toState; }
    public String getDetail() { return detail; }
}
