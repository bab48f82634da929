package fr.faireess.mobility.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * The ID token checks, on tokens signed here with keys of our own: the provider's published key
 * (in the JWKS the validator trusts) and an attacker's (not in it).
 */
class IdTokenValidatorTest {

    private static final String ISSUER = "https://idp.example.org/realms/school";
    private static final String CLIENT = "mobility";
    private static final String NONCE = "n-0S6_WzA2Mj";
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private static final RSAKey PROVIDER_KEY = generate("provider");
    private static final RSAKey ATTACKER_KEY = generate("provider");   // same key id, other key

    private final IdTokenValidator validator = new IdTokenValidator(ISSUER, CLIENT,
            new ImmutableJWKSet<>(new JWKSet(PROVIDER_KEY.toPublicJWK())), Clock.fixed(NOW, ZoneOffset.UTC));

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT).subject("f3a1-77")
                .issueTime(Date.from(NOW.minusSeconds(5))).expirationTime(Date.from(NOW.plus(Duration.ofMinutes(5))))
                .claim("nonce", NONCE).claim("email", "Nadia.Benali@irts-perpignan.fr");
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(String token, String check) {
        assertThatThrownBy(() -> validator.validate(token, NONCE))
                .isInstanceOf(IdTokenValidator.InvalidTokenException.class)
                .extracting(e -> ((IdTokenValidator.InvalidTokenException) e).check()).isEqualTo(check);
    }

    @Test
    void aTokenOfTheProviderForUsIsAccepted() {
        JWTClaimsSet claims = validator.validate(sign(claims().build(), PROVIDER_KEY), NONCE);
        assertThat(claims.getClaim("email")).isEqualTo("Nadia.Benali@irts-perpignan.fr");
    }

    @Test
    void aTokenForAnotherClientIsRefused() {
        assertRefused(sign(claims().audience("another-app").build(), PROVIDER_KEY), "audience");
        assertRefused(sign(claims().audience((String) null).build(), PROVIDER_KEY), "audience");
    }

    @Test
    void severalAudiencesNeedUsAsTheAuthorizedParty() {
        assertRefused(sign(claims().audience(List.of(CLIENT, "another-app")).build(), PROVIDER_KEY), "azp");
        assertRefused(sign(claims().claim("azp", "another-app").build(), PROVIDER_KEY), "azp");
        assertThat(validator.validate(sign(claims().audience(List.of(CLIENT, "another-app")).claim("azp", CLIENT)
                .build(), PROVIDER_KEY), NONCE)).isNotNull();
    }

    @Test
    void anExpiredTokenIsRefusedPastTheAllowedSkew() {
        Instant expired = NOW.minus(IdTokenValidator.SKEW).minusSeconds(1);
        assertRefused(sign(claims().issueTime(Date.from(expired.minusSeconds(300))).expirationTime(Date.from(expired))
                .build(), PROVIDER_KEY), "expired");
        assertRefused(sign(claims().expirationTime(null).build(), PROVIDER_KEY), "expired");
        // Within the skew: the provider's clock may be a little behind ours.
        assertThat(validator.validate(sign(claims().expirationTime(Date.from(NOW.minusSeconds(30))).build(),
                PROVIDER_KEY), NONCE)).isNotNull();
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        assertRefused(sign(claims().issueTime(Date.from(NOW.plus(Duration.ofMinutes(10)))).build(), PROVIDER_KEY), "iat");
    }

    @Test
    void anotherIssuerIsRefused() {
        assertRefused(sign(claims().issuer("https://evil.example.org/realms/school").build(), PROVIDER_KEY), "issuer");
    }

    @Test
    void theNonceMustBeThisLogins() {
        assertRefused(sign(claims().claim("nonce", "replayed").build(), PROVIDER_KEY), "nonce");
        assertRefused(sign(claims().claim("nonce", null).build(), PROVIDER_KEY), "nonce");
    }

    @Test
    void onlyTheProvidersKeysSign() throws JOSEException {
        assertRefused(sign(claims().build(), ATTACKER_KEY), "signature");
        // Unsigned ("alg": "none") and HMAC-signed tokens are refused whatever they say.
        assertRefused(new PlainJWT(claims().build()).serialize(), "signature");
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner("a shared secret that is at least 256 bits long!!".getBytes()));
        assertRefused(hmac.serialize(), "signature");
        assertRefused("not.a.token", "signature");
    }

    @Test
    void aTokenWithoutSubjectIsRefused() {
        assertRefused(sign(claims().subject(null).build(), PROVIDER_KEY), "sub");
    }
}
