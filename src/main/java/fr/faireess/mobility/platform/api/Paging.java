package fr.faireess.mobility.platform.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Paging of API lists: {@code page} counts from 1, {@code size} from 1 to {@link #MAX_SIZE}
 * (default {@link #DEFAULT_SIZE}); anything else is the caller's 400, never a silent correction.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 1 || p > 1_000_000) {
            throw new ApiException(400, "api.paging.page");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new ApiException(400, "api.paging.size", MAX_SIZE);
        }
        return new Paging(p, s);
    }

    /** The first row of this page, for {@code setFirstResult}. */
    public int first() {
        return (page - 1) * size;
    }

    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }

    /** One page of a list and where it stands. */
    @Schema(name = "Page", description = "One page of a list: its items, the page number (from 1), the page size and the total count")
    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
