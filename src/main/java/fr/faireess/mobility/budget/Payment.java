package fr.faireess.mobility.budget;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A payment of a placement's grant to the student, as recorded by a coordinator: never changed (a
 * mistake is corrected by another payment, a recovery), so the accounting export and the audit trail
 * tell the same story. A recovery's amount is negative.
 */
@Entity
@Table(name = "grant_payment")
public class Payment implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "placement_id", nullable = false)
    private long placementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 14)
    private PaymentKind kind;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "note", length = PaymentSchedule.NOTE_MAX)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Payment() {
    }

    Payment(long placementId, PaymentKind kind, LocalDate paidOn, BigDecimal signedAmount, String note, String recordedBy,
            Instant recordedAt) {
        this.placementId = placementId;
        this.kind = kind;
        this.paidOn = paidOn;
        this.amount = signedAmount;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public long getPlacementId() { return placementId; }
    public PaymentKind getKind() { return kind; }
    public LocalDate getPaidOn() { return paidOn; }
    public BigDecimal getAmount() { return amount; }
    public String getNote() { return note; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
