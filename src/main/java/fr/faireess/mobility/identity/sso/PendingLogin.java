package fr.faireess.mobility.identity.sso;

import java.io.Serializable;
import java.time.Instant;

/**
 * A login sent to the provider and not back yet, kept in the session: the callback must bring the
 * same {@code state}; the ID token must carry the same {@code nonce}; the code is only exchanged
 * with the PKCE verifier. Kept for a few minutes only.
 */
public record PendingLogin(String state, String nonce, String codeVerifier, Instant startedAt) implements Serializable {

    /** Session attribute holding the pending login. */
    public static final String SESSION_KEY = "mobility.sso.pending";

    public static PendingLogin start(Instant now) {
        return new PendingLogin(Pkce.randomValue(), Pkce.randomValue(), Pkce.randomValue(), now);
    }
}
