package fr.faireess.mobility.identity;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.faireess.mobility.reference.Campus;

/**
 * Another system of the school allowed to call the REST API: it acts as one account (whose roles
 * and campus rules apply), possibly narrowed to one campus, within its scopes, until it expires or
 * an administrator revokes it. Its token is known only by its hash ({@link ApiTokens}).
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, length = 16)
    private String tokenHint;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne
    @JoinColumn(name = "campus_code")
    private Campus campus;

    @Column(nullable = false, length = 500)
    private String scopes;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 254)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "use_count", nullable = false)
    private long useCount;

    @Version
    private long version;

    protected ApiClient() {
    }

    ApiClient(String name, String tokenHash, String tokenHint, Account account, Campus campus, Set<ApiScope> scopes,
              Instant expiresAt, Instant createdAt, String createdBy) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenHint = tokenHint;
        this.account = account;
        this.campus = campus;
        this.scopes = ApiScope.format(scopes);
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Usable now: neither revoked nor expired (the account's own state is checked by the caller). */
    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void revoke(Instant at, String by) {
        revokedAt = at;
        revokedBy = by;
    }

    public Set<ApiScope> scopeSet() {
        return ApiScope.parseAll(scopes);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getTokenHint() { return tokenHint; }
    public Account getAccount() { return account; }
    public Campus getCampus() { return campus; }
    public String getScopes() { return scopes; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public long getUseCount() { return useCount; }
    public long getVersion() { return version; }
}
