package fr.faireess.mobility.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The chart's configuration: what Chart.js needs, and nothing a label could break out of. */
class ChartJsonTest {

    @Test
    void aStackedBarChartHasOneDatasetPerSeriesAndStackedAxes() {
        Figure figure = Figure.crossed("applications", Figure.Kind.STACKED_BAR, List.of("Appel A"),
                List.of("Déposée", "Sélectionnée"), Map.of("Déposée", Map.of("Appel A", 3L), "Sélectionnée", Map.of("Appel A", 1L)));
        String json = ChartJson.of(figure);
        assertThat(json).startsWith("{\"type\":\"bar\"")
                .contains("\"labels\":[\"Appel A\"]")
                .contains("{\"label\":\"Déposée\",\"data\":[3],\"backgroundColor\":\"#0072B2\"}")
                .contains("{\"label\":\"Sélectionnée\",\"data\":[1],\"backgroundColor\":\"#E69F00\"}")
                .contains("\"x\":{\"stacked\":true}").contains("\"y\":{\"stacked\":true,\"beginAtZero\":true")
                .contains("\"legend\":{\"display\":true");
    }

    @Test
    void aHorizontalBarCountsAlongXAndADoughnutColoursEachSlice() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Espagne", 4L);
        counts.put("Portugal", 2L);
        assertThat(ChartJson.of(Figure.single("countries", Figure.Kind.HORIZONTAL_BAR, "Mobilités", counts)))
                .contains("\"indexAxis\":\"y\"").contains("\"x\":{\"stacked\":false,\"beginAtZero\":true")
                .contains("\"legend\":{\"display\":false");
        assertThat(ChartJson.of(Figure.single("campuses", Figure.Kind.DOUGHNUT, "Mobilités", counts)))
                .startsWith("{\"type\":\"doughnut\"").contains("\"backgroundColor\":[\"#0072B2\",\"#E69F00\"]")
                .doesNotContain("scales");
    }

    @Test
    void labelsCannotCloseTheScriptOrTheString() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("</script><script>alert('x')</script>", 1L);
        counts.put("Appel \"2026\" \\ ligne\nsuivante\u2028&", 2L);
        String json = ChartJson.of(Figure.single("applications", Figure.Kind.BAR, "Séries", counts));
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("'").doesNotContain("\n")
                .doesNotContain("\u2028").doesNotContain("&")
                .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(\\u0027x\\u0027)")
                .contains("Appel \\\"2026\\\" \\\\ ligne\\nsuivante\\u2028\\u0026");
    }
}
