package fr.faireess.mobility.placement;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

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
import jakarta.validation.constraints.Size;

/**
 * A personal link e-mailed to a host mentor, who has no account: it lets them do one thing
 * ({@link LinkPurpose}) once, before it expires. Only the token's SHA-256 is stored, so the table
 * alone does not give anyone a working link.
 */
@Entity
@Table(name = "placement_link")
public class PlacementLink implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "placement_id")
    private Placement placement;

    @ManyToOne
    @JoinColumn(name = "agreement_id")
    private LearningAgreement agreement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkPurpose purpose;

    @Size(max = 64)
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Size(max = 254)
    @Column(name = "sent_to", nullable = false, length = 254)
    private String sentTo;

    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "expires_at", nullable = false) private Instant expiresAt;
    @Column(name = "used_at") private Instant usedAt;

    protected PlacementLink() {
    }

    PlacementLink(Placement placement, LearningAgreement agreement, LinkPurpose purpose, String tokenHash, String sentTo,
                  Instant createdAt, Instant expiresAt) {
        this.placement = Objects.requireNonNull(placement);
        this.agreement = agreement;
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.sentTo = Objects.requireNonNull(sentTo);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    /** Usable now: not used yet and not expired. */
    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant at) {
        usedAt = at;
    }

    public Long getId() { return id; }
    public Placement getPlacement() { return placement; }
    public LearningAgreement getAgreement() { return agreement; }
    public LinkPurpose getPurpose() { return purpose; }
    public String getSentTo() { return sentTo; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
}
