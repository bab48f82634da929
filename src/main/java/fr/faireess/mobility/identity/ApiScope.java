package fr.faireess.mobility.identity;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an API client may do: per feature, read and/or write ({@code hosts:read hosts:write}). Stored
 * as that text, space separated, in a fixed order. A scope only opens a door: behind it the acting
 * account's roles and campus rules still decide, so a scope never gives more than the account has.
 */
public record ApiScope(Feature feature, Access access) {

    /** The parts of the API a scope names; each is one {@code api/} package of the application. */
    public enum Feature {
        CALLS, APPLICATIONS, PLACEMENTS, HOSTS, MODULE, TESTIMONIES, STUDENTS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Access {
        READ, WRITE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The scopes that mean something: writing is offered only where the API writes. */
    public static final Set<ApiScope> OFFERED = Set.of(
            new ApiScope(Feature.CALLS, Access.READ),
            new ApiScope(Feature.APPLICATIONS, Access.READ),
            new ApiScope(Feature.PLACEMENTS, Access.READ),
            new ApiScope(Feature.HOSTS, Access.READ), new ApiScope(Feature.HOSTS, Access.WRITE),
            new ApiScope(Feature.MODULE, Access.READ), new ApiScope(Feature.MODULE, Access.WRITE),
            new ApiScope(Feature.TESTIMONIES, Access.READ),
            new ApiScope(Feature.STUDENTS, Access.WRITE));

    public String code() {
        return feature.code() + ":" + access.code();
    }

    /** One scope from its code ({@code hosts:write}); refuses anything else, whatever its case or spaces. */
    public static ApiScope parse(String code) {
        String[] parts = code == null ? new String[0] : code.trim().split(":", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("Not a scope: " + code);
        }
        ApiScope scope = new ApiScope(Feature.valueOf(parts[0].trim().toUpperCase(Locale.ROOT)),
                Access.valueOf(parts[1].trim().toUpperCase(Locale.ROOT)));
        if (!OFFERED.contains(scope)) {
            throw new IllegalArgumentException("Not an offered scope: " + code);
        }
        return scope;
    }

    /** Every scope of a stored or typed list (spaces or commas between them); an unknown one refuses the whole list. */
    public static Set<ApiScope> parseAll(String codes) {
        Set<ApiScope> scopes = new LinkedHashSet<>();
        if (codes != null) {
            for (String code : codes.trim().split("[\\s,]+")) {
                if (!code.isEmpty()) {
                    scopes.add(parse(code));
                }
            }
        }
        return sorted(scopes);
    }

    /** The stored form: codes in feature then access order, one space between them. */
    public static String format(Set<ApiScope> scopes) {
        return sorted(scopes).stream().map(ApiScope::code).collect(Collectors.joining(" "));
    }

    private static Set<ApiScope> sorted(Set<ApiScope> scopes) {
        Set<ApiScope> sorted = new LinkedHashSet<>();
        for (Feature feature : Feature.values()) {
            for (Access access : EnumSet.allOf(Access.class)) {
                ApiScope scope = new ApiScope(feature, access);
                if (scopes.contains(scope)) {
                    sorted.add(scope);
                }
            }
        }
        return sorted;
    }
}
