package fr.faireess.mobility.testimony;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links in testimonies: only absolute {@code http}/{@code https} URLs with a host are accepted
 * (never {@code javascript:}, {@code data:} or anything else), and YouTube and Vimeo addresses are
 * recognised to build privacy-enhanced embeds from the video id alone — the typed URL itself never
 * reaches an iframe.
 */
public final class UrlRule {

    public static final int MAX_LENGTH = 500;

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern VIMEO_ID = Pattern.compile("[0-9]{1,12}");

    private UrlRule() {
    }

    /** A bundle key explaining why the link is refused, or empty (an empty link is fine: it is optional). */
    public static Optional<String> refusal(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        if (link.strip().length() > MAX_LENGTH) {
            return Optional.of("testimony.link.tooLong");
        }
        return parse(link).isPresent() ? Optional.empty() : Optional.of("testimony.link.invalid");
    }

    /** The link as stored: trimmed, or null when empty. Call after {@link #refusal} said nothing. */
    public static String normalize(String link) {
        return link == null || link.isBlank() ? null : link.strip();
    }

    /** The privacy-enhanced player address for a YouTube or Vimeo link, or empty for any other link. */
    public static Optional<String> embedUrl(String link) {
        Optional<URI> parsed = link == null ? Optional.empty() : parse(link);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        URI uri = parsed.get();
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        } else if (host.startsWith("m.")) {
            host = host.substring(2);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String[] segments = path.replaceAll("^/+", "").split("/");
        String id = switch (host) {
            case "youtube.com", "youtube-nocookie.com" -> youtubeId(path, segments, uri.getRawQuery());
            case "youtu.be" -> segments.length >= 1 ? segments[0] : null;
            case "vimeo.com", "player.vimeo.com" -> vimeoId(segments);
            default -> null;
        };
        if (id == null) {
            return Optional.empty();
        }
        boolean vimeo = host.endsWith("vimeo.com");
        if (vimeo) {
            return VIMEO_ID.matcher(id).matches() ? Optional.of("https://player.vimeo.com/video/" + id) : Optional.empty();
        }
        return YOUTUBE_ID.matcher(id).matches() ? Optional.of("https://www.youtube-nocookie.com/embed/" + id) : Optional.empty();
    }

    private static String youtubeId(String path, String[] segments, String query) {
        if (path.equals("/watch") && query != null) {
            Matcher m = Pattern.compile("(?:^|&)v=([^&]+)").matcher(query);
            return m.find() ? m.group(1) : null;
        }
        if (segments.length >= 2 && (segments[0].equals("embed") || segments[0].equals("shorts")
                || segments[0].equals("live") || segments[0].equals("v"))) {
            return segments[1];
        }
        return null;
    }

    private static String vimeoId(String[] segments) {
        if (segments.length >= 2 && segments[0].equals("video")) {
            return segments[1];
        }
        return segments.length >= 1 ? segments[0] : null;
    }

    private static Optional<URI> parse(String link) {
        String text = link.strip();
        if (text.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\')) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return Optional.empty();
            }
            if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
