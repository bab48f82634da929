package fr.faireess.mobility.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The ticked files' ids as the export's address carries them ({@code ids=12,7}). */
class ReviewExportServletTest {

    @Test
    void idsAreReadInTheirOrder() {
        assertThat(ReviewExportServlet.parseIds("12,7,40")).contains(List.of(12L, 7L, 40L));
        assertThat(ReviewExportServlet.parseIds(" 5 ")).contains(List.of(5L));
    }

    @Test
    void anEmptyListOrAPartThatIsNoPositiveNumberIsNoSelection() {
        for (String text : List.of("", ",", "12,", "abc", "12,x", "-3", "0", "1.5", "99999999999999999999")) {
            assertThat(ReviewExportServlet.parseIds(text)).as(text).isEmpty();
        }
    }
}
