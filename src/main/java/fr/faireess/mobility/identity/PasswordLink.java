package fr.faireess.mobility.identity;

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
import fr.faireess.mobility.platform.security.SecretToken;

/**
 * A link e-mailed to a person to choose their password: asked for from the login page, or sent when
 * an administrator opened the account. Only the token's SHA-256 is stored ({@link SecretToken}).
 */
@Entity
@Table(name = "password_link")
public class PasswordLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PasswordLinkPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "expires_at", nullable = false) private Instant expiresAt;
    /** When it was used, or ended because another link of the account was used. */
    @Column(name = "used_at") private Instant usedAt;

    protected PasswordLink() {
    }

    PasswordLink(Account account, PasswordLinkPurpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public PasswordLinkRule.Status status(Instant now) {
        return PasswordLinkRule.status(expiresAt, usedAt, now);
    }

    void end(Instant at) {
        if (usedAt == null) {
            usedAt = at;
        }
    }

    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public PasswordLinkPurpose getPurpose() { return purpose; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
}
