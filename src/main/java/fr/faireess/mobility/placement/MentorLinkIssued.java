package fr.faireess.mobility.placement;

import java.time.Instant;

/**
 * Fired inside the transaction that issues a mentor's personal link (to sign an agreement version,
 * or to fill in the certificate). Carries the token itself, which is stored only as a hash: the
 * observer ({@link PlacementNotifications}) puts it in the mentor's e-mail, in the same transaction.
 * {@code agreementNumber} is the version to sign (null for the certificate).
 */
public record MentorLinkIssued(long placementId, LinkPurpose purpose, Integer agreementNumber, String token,
                               Instant expiresAt) {
}
