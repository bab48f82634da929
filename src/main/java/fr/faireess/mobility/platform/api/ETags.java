package fr.faireess.mobility.platform.api;

import jakarta.ws.rs.core.EntityTag;

/**
 * Entity tags of API resources: the record's version ({@code "7"}). An update must send the tag it
 * read in {@code If-Match}; the service compares it with the stored version under a lock and refuses
 * a stale one (412), so two systems never overwrite each other's changes unseen.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match} header names: 428 when it is missing (an update must say what it
     * read), 412 when it cannot be one of our tags (a list, {@code *}, anything but a version).
     */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "api.ifMatchMissing");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 3 && tag.startsWith("\"") && tag.endsWith("\"")) {
            String inside = tag.substring(1, tag.length() - 1);
            if (inside.matches("\\d{1,18}")) {
                return Long.parseLong(inside);
            }
        }
        throw new ApiException(412, "api.stale");
    }
}
