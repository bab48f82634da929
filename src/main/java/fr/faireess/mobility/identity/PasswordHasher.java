package fr.faireess.mobility.identity;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Hashes and verifies passwords with Jakarta Security's {@link Pbkdf2PasswordHash}
 * (PBKDF2-HMAC-SHA256). The stored string carries its own parameters, so raising the iteration
 * count later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Minimum length of a password chosen by a person. */
    public static final int MIN_LENGTH = 10;

    @Inject
    private Pbkdf2PasswordHash hash;

    private String dummyHash;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = hash.generate("no-such-account".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }

    /**
     * Spends the same time as a real verification, for logins that match no account, so that timing
     * does not tell which e-mail addresses have an account.
     */
    public void verifyAgainstNothing(String password) {
        hash.verify(password == null ? new char[0] : password.toCharArray(), dummyHash);
    }
}
