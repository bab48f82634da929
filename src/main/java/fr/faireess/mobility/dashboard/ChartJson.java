package fr.faireess.mobility.dashboard;

import java.util.List;

/**
 * The Chart.js configuration of a {@link Figure}, as PrimeFaces' {@code p:chart} takes it (its
 * {@code value}). The text goes into a script of the page: every string is escaped for JSON and for
 * HTML ({@code <}, {@code >}, {@code &}, quotes and line separators as unicode escapes), so a call
 * title or a host's name can never end the script. Colours: the Okabe–Ito palette, told apart by
 * colour-blind readers; every chart also has its data table on the page.
 */
public final class ChartJson {

    private static final List<String> PALETTE = List.of(
            "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

    private ChartJson() {
    }

    public static String of(Figure figure) {
        StringBuilder json = new StringBuilder(512);
        boolean doughnut = figure.kind() == Figure.Kind.DOUGHNUT;
        json.append("{\"type\":").append(doughnut ? "\"doughnut\"" : "\"bar\"");
        json.append(",\"data\":{\"labels\":");
        strings(json, figure.categories());
        json.append(",\"datasets\":[");
        for (int i = 0; i < figure.series().size(); i++) {
            Figure.Series series = figure.series().get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"label\":");
            string(json, series.label());
            json.append(",\"data\":[");
            for (int v = 0; v < series.values().size(); v++) {
                json.append(v > 0 ? "," : "").append(series.values().get(v).longValue());
            }
            json.append("],\"backgroundColor\":");
            if (doughnut) {
                strings(json, figure.categories().stream().map(c -> colour(figure.categories().indexOf(c))).toList());
            } else {
                string(json, colour(i));
            }
            json.append('}');
        }
        json.append("]},\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false");
        if (figure.kind() == Figure.Kind.HORIZONTAL_BAR) {
            json.append(",\"indexAxis\":\"y\"");
        }
        if (!doughnut) {
            boolean stacked = figure.kind() == Figure.Kind.STACKED_BAR;
            String countAxis = figure.kind() == Figure.Kind.HORIZONTAL_BAR ? "x" : "y";
            String categoryAxis = countAxis.equals("x") ? "y" : "x";
            json.append(",\"scales\":{\"").append(categoryAxis).append("\":{\"stacked\":").append(stacked)
                    .append("},\"").append(countAxis).append("\":{\"stacked\":").append(stacked)
                    .append(",\"beginAtZero\":true,\"ticks\":{\"precision\":0}}}");
        }
        boolean legend = doughnut || figure.series().size() > 1;
        json.append(",\"plugins\":{\"legend\":{\"display\":").append(legend).append(",\"position\":\"bottom\"}}}}");
        return json.toString();
    }

    static String colour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    private static void strings(StringBuilder json, List<String> values) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            string(json, values.get(i));
        }
        json.append(']');
    }

    static void string(StringBuilder json, String value) {
        json.append('"');
        String text = value == null ? "" : value;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
