package fr.faireess.mobility.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Pages read from the list's end give the same rows, in the same order, as pages read forwards. */
class PageWindowTest {

    /** What a database does with the window: the list (or the list turned round), skip, then rows. */
    private static List<Integer> read(List<Integer> list, PageWindow window) {
        List<Integer> order = new ArrayList<>(list);
        if (window.fromTheEnd()) {
            Collections.reverse(order);
        }
        List<Integer> read = order.stream().skip(window.skip()).limit(window.rows()).toList();
        return window.inListOrder(read);
    }

    @Test
    void everyPageOfEveryLengthIsTheForwardPage() {
        for (int total = 0; total <= 23; total++) {
            List<Integer> list = IntStream.range(0, total).boxed().toList();
            for (int size = 1; size <= 7; size++) {
                for (int first = 0; first <= total + size; first += size) {
                    List<Integer> forward = list.stream().skip(first).limit(size).toList();
                    assertThat(read(list, PageWindow.of(first, size, total)))
                            .as("total %d, first %d, size %d", total, first, size).isEqualTo(forward);
                }
            }
        }
    }

    @Test
    void onlyPagesPastTheMiddleAreReadFromTheEnd() {
        assertThat(PageWindow.of(0, 25, 92_068)).isEqualTo(new PageWindow(false, 0, 25));
        assertThat(PageWindow.of(46_025, 25, 92_068)).isEqualTo(new PageWindow(false, 46_025, 25));
        assertThat(PageWindow.of(92_050, 25, 92_068)).isEqualTo(new PageWindow(true, 0, 18));
        assertThat(PageWindow.of(92_025, 25, 92_068)).isEqualTo(new PageWindow(true, 18, 25));
    }

    @Test
    void anUnknownOrOutdatedTotalReadsForwards() {
        assertThat(PageWindow.of(50, 25, -1)).isEqualTo(new PageWindow(false, 50, 25));
        assertThat(PageWindow.of(50, 25, 40)).isEqualTo(new PageWindow(false, 50, 25));
    }
}
