package fr.faireess.mobility.platform.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The address users reach ({@code MOBILITY_PUBLIC_URL}), the only one the application writes into a
 * redirect or compares a request's origin with. The {@code Host} header of a request is the client's
 * to choose: a redirect built from it would send a user wherever a forged header says.
 */
public final class PublicAddress {

    private final URI origin;

    public PublicAddress(String publicUrl) {
        URI url = URI.create(publicUrl);
        this.origin = URI.create(url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT) + "/");
    }

    /** {@code https://mobilite.example.org} — scheme, host and port, as browsers write an {@code Origin}. */
    public String origin() {
        String text = origin.toString();
        return text.substring(0, text.length() - 1);
    }

    /**
     * {@code location} made absolute on the public address: a path ({@code /login.xhtml}) or a
     * relative reference ({@code view.xhtml?id=3}, resolved against {@code requestUri}). An absolute
     * location is the application's own choice and is kept; one that is not a valid URI too.
     */
    public String absolute(String requestUri, String location) {
        try {
            URI target = URI.create(location);
            if (target.isAbsolute() || location.startsWith("//")) {
                return location;
            }
            URI current = origin.resolve(requestUri == null || requestUri.isEmpty() ? "/" : requestUri);
            return current.resolve(target).toString();
        } catch (IllegalArgumentException e) {
            return location;
        }
    }

    /**
     * Whether a state-changing request comes from one of the application's own pages: the browser's
     * {@code Origin} (else the origin of its {@code Referer}) must be the public address or the
     * address the request itself was sent to. A request naming neither header (not from a browser,
     * or a browser told to send no referrer) is left to the other defences (view state, SameSite).
     */
    public boolean sameOrigin(String originHeader, String refererHeader, String requestOrigin) {
        Optional<String> source = Optional.ofNullable(originHeader).filter(o -> !o.isBlank())
                .or(() -> originOf(refererHeader));
        if (source.isEmpty()) {
            return true;
        }
        String claimed = source.get().toLowerCase(Locale.ROOT);
        return claimed.equals(origin()) || claimed.equals(requestOrigin.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> originOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return Optional.of("invalid");
            }
            return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return Optional.of("invalid");
        }
    }
}
