package fr.faireess.mobility.calendar;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The private feed address of one account: only the SHA-256 of its secret is kept, so neither the
 * database nor its backups give a working address. One per account; a new one replaces it.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long accountId, String tokenHash, Instant createdAt) {
        this.accountId = accountId;
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    void replace(String hash, Instant at) {
        this.tokenHash = Objects.requireNonNull(hash);
        this.createdAt = Objects.requireNonNull(at);
    }

    public Long getAccountId() { return accountId; }
    public Instant getCreatedAt() { return createdAt; }
}
