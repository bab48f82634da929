package fr.faireess.mobility.identity.sso;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Checks an ID token as OpenID Connect Core (3.1.3.7) asks of a confidential client: a signature by
 * one of the provider's published keys (JWKS, asymmetric algorithms only: never {@code none}, never
 * an HMAC keyed by a secret we share), then the issuer, the audience (and {@code azp} when there
 * are several), the expiry, the issue time and the nonce of this login.
 *
 * <p>The clock is the real one, not the application's ({@code MOBILITY_CLOCK_OFFSET} moves business
 * dates; a token's lifetime is the provider's real time). Tests pass a clock of their own.
 */
public final class IdTokenValidator {

    /** Clocks of the provider and of this server may differ a little. */
    static final Duration SKEW = Duration.ofSeconds(60);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

    private final String issuer;
    private final String clientId;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Clock clock;

    public IdTokenValidator(String issuer, String clientId, JWKSource<SecurityContext> keys, Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clock = clock;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        // The claims are checked below, against our clock and with our messages.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
    }

    /** The token's claims when every check passes; otherwise {@link InvalidTokenException} saying which failed. */
    public JWTClaimsSet validate(String idToken, String expectedNonce) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(idToken, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new InvalidTokenException("signature", e.getMessage());
        }
        if (!issuer.equals(claims.getIssuer())) {
            throw new InvalidTokenException("issuer", String.valueOf(claims.getIssuer()));
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            throw new InvalidTokenException("audience", String.valueOf(audience));
        }
        Object azp = claims.getClaim("azp");
        if ((audience.size() > 1 || azp != null) && !clientId.equals(azp)) {
            throw new InvalidTokenException("azp", String.valueOf(azp));
        }
        Instant now = clock.instant();
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !now.isBefore(expiry.toInstant().plus(SKEW))) {
            throw new InvalidTokenException("expired", String.valueOf(expiry));
        }
        Date issuedAt = claims.getIssueTime();
        if (issuedAt == null || issuedAt.toInstant().isAfter(now.plus(SKEW))) {
            throw new InvalidTokenException("iat", String.valueOf(issuedAt));
        }
        Object nonce = claims.getClaim("nonce");
        if (expectedNonce == null || !expectedNonce.equals(nonce)) {
            throw new InvalidTokenException("nonce", "");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new InvalidTokenException("sub", "");
        }
        return claims;
    }

    /** A refused ID token: {@link #check()} names the check that failed (for the log, never for the page). */
    public static final class InvalidTokenException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String check;

        InvalidTokenException(String check, String detail) {
            super("ID token refused (" + check + "): " + detail);
            this.check = check;
        }

        public String check() {
            return check;
        }
    }
}
