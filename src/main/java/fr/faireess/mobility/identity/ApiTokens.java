package fr.faireess.mobility.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API tokens: 32 random bytes (256 bits) written in URL-safe Base64 after a short prefix that says
 * what the string is ({@code mfe_}), so a leaked token is recognised in a log or a repository. Only
 * the SHA-256 of a token is stored: with that much randomness a plain hash cannot be reversed, and a
 * slow password hash would cost every API call dearly for nothing.
 */
public final class ApiTokens {

    public static final String PREFIX = "mfe_";
    /** Characters of the token kept in clear to tell tokens apart on the admin page. */
    static final int HINT_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    public static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The stored form of a token: its SHA-256, 64 lower-case hex digits. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public static String hint(String token) {
        return token.substring(0, Math.min(HINT_LENGTH, token.length())) + "…";
    }

    /** Whether a presented string can be a token at all (checked before hashing anything). */
    public static boolean wellFormed(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() == PREFIX.length() + 43
                && token.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
