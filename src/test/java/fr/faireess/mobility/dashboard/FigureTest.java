package fr.faireess.mobility.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A figure's table and chart come from the same counts. */
class FigureTest {

    @Test
    void aCrossedFigureFillsMissingPairsWithZeroAndItsTableAddsARowTotal() {
        Map<String, Map<String, Long>> counts = Map.of(
                "Déposée", Map.of("Appel A", 3L, "Appel B", 1L),
                "Sélectionnée", Map.of("Appel A", 2L));
        Figure figure = Figure.crossed("applications", Figure.Kind.STACKED_BAR, List.of("Appel A", "Appel B"),
                List.of("Déposée", "Sélectionnée"), counts);
        assertThat(figure.series().get(1).values()).containsExactly(2L, 0L);
        assertThat(figure.total()).isEqualTo(6);
        assertThat(figure.table("Appel", "Total")).containsExactly(
                List.of("Appel", "Déposée", "Sélectionnée", "Total"),
                List.of("Appel A", 3, 2, 5),
                List.of("Appel B", 1, 0, 1));
    }

    @Test
    void aSingleSeriesTableHasNoTotalColumnAndAnEmptyFigureSaysSo() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("ES", 4L);
        counts.put("ASS", 0L);
        Figure figure = Figure.single("programmes", Figure.Kind.BAR, "Mobilités", counts);
        assertThat(figure.table("Filière", "Total").get(0)).containsExactly("Filière", "Mobilités");
        assertThat(figure.isEmpty()).isFalse();
        assertThat(Figure.single("x", Figure.Kind.BAR, "M", Map.of("ES", 0L)).isEmpty()).isTrue();
        assertThat(Figure.single("x", Figure.Kind.BAR, "M", Map.of()).isEmpty()).isTrue();
    }

    @Test
    void theLargestCategoriesAreKeptAndTheOthersSummed() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Allemagne", 2L);
        counts.put("Espagne", 9L);
        counts.put("Italie", 1L);
        counts.put("Portugal", 5L);
        Figure top = Figure.single("countries", Figure.Kind.HORIZONTAL_BAR, "Mobilités", counts).top(2, "Autres pays");
        assertThat(top.categories()).containsExactly("Espagne", "Portugal", "Autres pays");
        assertThat(top.series().get(0).values()).containsExactly(9L, 5L, 3L);
        assertThat(top.total()).isEqualTo(17);
    }

    @Test
    void aSeriesMustHaveOneValuePerCategory() {
        assertThatThrownBy(() -> new Figure("x", Figure.Kind.BAR, List.of("a", "b"),
                List.of(new Figure.Series("s", List.of(1L))))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCohortsYearOfStudyIsNamedAsTheModuleNamesIt() {
        assertThat(DashboardService.studyYear(java.util.Locale.FRENCH, 1)).isEqualTo("1re année");
        assertThat(DashboardService.studyYear(java.util.Locale.FRENCH, 3)).isEqualTo("3e année");
        assertThat(DashboardService.studyYear(java.util.Locale.ENGLISH, 2)).isEqualTo("Year 2");
        assertThat(DashboardService.studyYear(java.util.Locale.FRENCH, 4)).isEqualTo("4");
    }
}
