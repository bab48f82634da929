package fr.faireess.mobility.dashboard;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One figure of a dashboard: categories (the rows of its table, the bars of its chart) and one or
 * more series of counts (the columns; stacked bars when several). What the chart, the table and the
 * exports show is this one object, so they cannot disagree.
 */
public record Figure(String key, Kind kind, List<String> categories, List<Series> series) implements Serializable {

    /** How the figure is drawn. */
    public enum Kind { BAR, STACKED_BAR, HORIZONTAL_BAR, DOUGHNUT }

    /** A named column of counts, one per category. */
    public record Series(String label, List<Long> values) implements Serializable {
        public Series {
            values = List.copyOf(values);
        }
    }

    public Figure {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.label() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** A figure of one series from ordered (category → count) pairs. */
    public static Figure single(String key, Kind kind, String seriesLabel, Map<String, Long> counts) {
        return new Figure(key, kind, new ArrayList<>(counts.keySet()),
                List.of(new Series(seriesLabel, new ArrayList<>(counts.values()))));
    }

    /**
     * A figure of several series from (category, series, count) triples, categories and series in
     * the order given; a pair without a count is 0.
     */
    public static Figure crossed(String key, Kind kind, List<String> categories, List<String> seriesLabels,
                                 Map<String, Map<String, Long>> countBySeriesThenCategory) {
        List<Series> series = new ArrayList<>();
        for (String label : seriesLabels) {
            Map<String, Long> counts = countBySeriesThenCategory.getOrDefault(label, Map.of());
            series.add(new Series(label, categories.stream().map(c -> counts.getOrDefault(c, 0L)).toList()));
        }
        return new Figure(key, kind, categories, series);
    }

    public boolean isEmpty() {
        return categories.isEmpty() || total() == 0;
    }

    /** The sum of every count of the figure. */
    public long total() {
        return series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).sum();
    }

    /** The row total of category {@code index} (all series). */
    public long rowTotal(int index) {
        return series.stream().mapToLong(s -> s.values().get(index)).sum();
    }

    /** The table of the figure: a header (category, each series, total when several) and one row per category. */
    public List<List<Object>> table(String categoryHeader, String totalHeader) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        header.add(categoryHeader);
        series.forEach(s -> header.add(s.label()));
        if (series.size() > 1) {
            header.add(totalHeader);
        }
        rows.add(header);
        for (int i = 0; i < categories.size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(categories.get(i));
            for (Series s : series) {
                row.add(s.values().get(i).intValue());
            }
            if (series.size() > 1) {
                row.add((int) rowTotal(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Keeps the {@code max} largest categories (by row total) and sums the others into {@code otherLabel}. */
    public Figure top(int max, String otherLabel) {
        if (categories.size() <= max) {
            return this;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(rowTotal(b), rowTotal(a)));
        List<Integer> kept = order.subList(0, max);
        List<String> newCategories = new ArrayList<>();
        kept.forEach(i -> newCategories.add(categories.get(i)));
        newCategories.add(otherLabel);
        List<Series> newSeries = new ArrayList<>();
        for (Series s : series) {
            List<Long> values = new ArrayList<>();
            kept.forEach(i -> values.add(s.values().get(i)));
            values.add(order.subList(max, order.size()).stream().mapToLong(i -> s.values().get(i)).sum());
            newSeries.add(new Series(s.label(), values));
        }
        return new Figure(key, kind, newCategories, newSeries);
    }

    /** Counts by key in the order of first appearance; for building figures from query rows. */
    static <K> Map<K, Long> ordered() {
        return new LinkedHashMap<>();
    }
}
