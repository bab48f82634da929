package fr.faireess.mobility.platform.security;

import java.util.Arrays;

/**
 * The second lock behind the URL constraints of {@code web.xml}: every service method that changes
 * data for staff calls {@link #require} with the acting account before touching anything, so a
 * request that slips past a page (a forged post, a new caller, a test) cannot act beyond its roles.
 * A disabled account has no rights at all, even inside a session opened before it was disabled.
 */
public final class RoleGuard {

    private RoleGuard() {
    }

    /** Passes when the actor is enabled and holds at least one of the roles; otherwise throws. */
    public static <A extends RoleHolder> A require(A actor, Role... anyOf) {
        if (!allows(actor, anyOf)) {
            throw new AccessDeniedException("Refused to " + (actor == null ? "anonymous" : actor.getEmail())
                    + ": needs one of " + Arrays.toString(anyOf));
        }
        return actor;
    }

    public static boolean allows(RoleHolder actor, Role... anyOf) {
        if (actor == null || !actor.isEnabled() || anyOf.length == 0) {
            return false;
        }
        return Arrays.stream(anyOf).anyMatch(actor::hasRole);
    }
}
