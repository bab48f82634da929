package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which campuses' files a staff account may see. A coordinator or a trainer belongs to one campus
 * and sees its files (for a trainer: its module sessions, their files and grids, its students'
 * analyses) only, unless the administrator allowed them to see both campuses; an administrator sees
 * every campus. Students see their own files by ownership, never through a scope.
 * Services ask it for every coordinator read and action, so a file of another campus is as absent
 * as a guessed id, whatever page or caller asked.
 */
public final class CampusScope implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Name of the JPQL parameter that {@link #condition} uses. */
    public static final String PARAMETER = "scopeCampuses";

    private static final CampusScope ALL = new CampusScope(true, Set.of());
    private static final CampusScope NONE = new CampusScope(false, Set.of());

    private final boolean all;
    private final Set<String> campuses;

    private CampusScope(boolean all, Set<String> campuses) {
        this.all = all;
        this.campuses = Collections.unmodifiableSet(new TreeSet<>(campuses));
    }

    /** Every campus: for counts that must not depend on who asks (a call's quota). */
    public static CampusScope all() {
        return ALL;
    }

    /** The scope of an account, read from its roles, its campus and its "sees both campuses" setting. */
    public static CampusScope of(Account account) {
        if (account == null) {
            return NONE;
        }
        return of(account.getRoles(), campusOf(account),
                account.isSeesBothCampuses());
    }

    /**
     * The rule itself: admins see every campus; staff (a coordinator, a trainer) allowed to see both
     * campuses too; other staff their own campus; a student, or staff without a campus, none.
     */
    public static CampusScope of(Set<Role> roles, String ownCampus, boolean seesBothCampuses) {
        boolean staff = roles.contains(Role.COORDINATOR) || roles.contains(Role.TRAINER);
        if (roles.contains(Role.ADMIN) || (staff && seesBothCampuses)) {
            return ALL;
        }
        if (!staff || ownCampus == null || ownCampus.isBlank()) {
            return NONE;
        }
        return new CampusScope(false, Set.of(ownCampus));
    }

    /**
     * This scope limited to one campus (an API client's), or unchanged when {@code campus} is null;
     * never wider: a campus this scope does not allow gives a scope that sees nothing.
     */
    public CampusScope narrowedTo(String campus) {
        if (campus == null || campus.isBlank()) {
            return this;
        }
        return allows(campus) ? new CampusScope(false, Set.of(campus)) : NONE;
    }

    /** Every campus, without limit. */
    public boolean isAll() {
        return all;
    }

    /** The campuses of a limited scope (empty for an unlimited one: see {@link #isAll}). */
    public Set<String> campuses() {
        return campuses;
    }

    /** The campus a person's files belong to (a student's own campus), or null when the account has none. */
    public static String campusOf(Account person) {
        return person == null || person.getCampus() == null ? null : person.getCampus().getCode();
    }

    /**
     * Whether {@code staff} may reach the files of {@code person}: an enabled account holding one of
     * {@code roles} whose scope covers the person's campus. The one scope check of the services.
     */
    public static boolean reaches(Account staff, Account person, Role... roles) {
        return RoleGuard.allows(staff, roles) && of(staff).allows(campusOf(person));
    }

    /** Whether files of students of {@code campus} are visible (a student without a campus only to "all"). */
    public boolean allows(String campus) {
        return all || (campus != null && campuses.contains(campus));
    }

    /** Whether every one of {@code codes} is visible: what it takes to change something that spans them. */
    public boolean allowsAll(Collection<String> codes) {
        return codes.stream().allMatch(this::allows);
    }

    /** Whether at least one of {@code codes} is visible: a call spanning both campuses is seen by both coordinators. */
    public boolean allowsAny(Collection<String> codes) {
        return codes.stream().anyMatch(this::allows);
    }

    /**
     * A JPQL condition keeping the rows whose campus code, at {@code path}, is in this scope; set
     * {@link #PARAMETER} to {@link #campuses()} when {@link #needsParameter()}. Empty when every
     * campus is visible; a condition nothing matches when none is.
     */
    public Optional<String> condition(String path) {
        if (all) {
            return Optional.empty();
        }
        return Optional.of(campuses.isEmpty() ? "1 = 0" : path + " in :" + PARAMETER);
    }

    /** Whether {@link #condition} names {@link #PARAMETER}. */
    public boolean needsParameter() {
        return !all && !campuses.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CampusScope other && all == other.all && campuses.equals(other.campuses);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(all) * 31 + campuses.hashCode();
    }

    @Override
    public String toString() {
        return all ? "all campuses" : campuses.toString();
    }
}
