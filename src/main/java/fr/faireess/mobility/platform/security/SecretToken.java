package fr.faireess.mobility.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets carried in an address (a password link, a calendar feed, a mentor's signing link): 256 random bits, URL-safe, and
 * the SHA-256 under which they are stored, so that the database alone gives no working address.
 * A fast hash is enough here: the secret is random, not a password a person chose.
 */
public final class SecretToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretToken() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token, hex; any string (a forged one too) has a hash, which then matches nothing. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((token == null ? "" : token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a string has the shape {@link #generate} gives (before any database look-up). */
    public static boolean wellFormed(String token) {
        return token != null && token.length() == 43 && token.chars().allMatch(c -> (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }
}
