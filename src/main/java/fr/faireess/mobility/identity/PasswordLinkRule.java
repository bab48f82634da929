package fr.faireess.mobility.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a password link lives and whether it still works, in plain Java. A link the person asked
 * for from the login page expires within the hour ({@link #MAX_RESET}, whatever the setting says);
 * a welcome link lives days. A link works once: using it, or any other link of the same account,
 * ends it.
 */
public final class PasswordLinkRule {

    /** The longest a self-service reset link may live: the mailbox it went to may be read by others later. */
    public static final Duration MAX_RESET = Duration.ofHours(1);

    /** What a link is worth now. */
    public enum Status { USABLE, USED, EXPIRED, UNKNOWN }

    private final Duration resetLife;
    private final Duration welcomeLife;

    public PasswordLinkRule(Duration resetLife, Duration welcomeLife) {
        Objects.requireNonNull(resetLife);
        Objects.requireNonNull(welcomeLife);
        if (resetLife.isNegative() || resetLife.isZero() || welcomeLife.isNegative() || welcomeLife.isZero()) {
            throw new IllegalArgumentException("A link must live some time");
        }
        this.resetLife = resetLife.compareTo(MAX_RESET) > 0 ? MAX_RESET : resetLife;
        this.welcomeLife = welcomeLife;
    }

    /** When a link of {@code purpose} created at {@code createdAt} stops working. */
    public Instant expiry(PasswordLinkPurpose purpose, Instant createdAt) {
        return createdAt.plus(purpose == PasswordLinkPurpose.RESET ? resetLife : welcomeLife);
    }

    public Duration life(PasswordLinkPurpose purpose) {
        return purpose == PasswordLinkPurpose.RESET ? resetLife : welcomeLife;
    }

    /** A link's status at {@code now}: used (or ended by another one) wins over expired. */
    public static Status status(Instant expiresAt, Instant usedAt, Instant now) {
        if (usedAt != null) {
            return Status.USED;
        }
        return now.isBefore(expiresAt) ? Status.USABLE : Status.EXPIRED;
    }
}
