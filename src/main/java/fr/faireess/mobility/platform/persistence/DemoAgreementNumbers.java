package fr.faireess.mobility.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Grant agreement numbers begin with their call year ({@code 2026-1-FR01-KA131-HED-…}). A demo
 * migration that builds one from a row's call year writes the year as it stands when the migration
 * runs: on a first load, before {@link DemoCalendar} moves the call years. When the labels move by
 * some years, a number that begins with its row's former call year follows it, so that the number
 * and the year it is shown with agree. Numbers written as {@code {{year:…}}} tokens are rendered by
 * the calendar itself and are left alone here.
 */
final class DemoAgreementNumbers {

    private static final String[] TABLES = {"budget", "grant_rate_table"};

    private DemoAgreementNumbers() {
    }

    /** Moves the year at the head of each number whose row's call year moved by {@code years}; returns the count. */
    static int follow(Connection connection, int years) throws SQLException {
        int changed = 0;
        for (String table : TABLES) {
            Map<Long, String> moved = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, call_year, agreement_number FROM " + table + " WHERE agreement_number IS NOT NULL");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    moved(rows.getString(3), rows.getInt(2), years).ifPresent(number -> moved.put(id, number));
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET agreement_number = ? WHERE id = ?")) {
                for (Map.Entry<Long, String> row : moved.entrySet()) {
                    update.setString(1, row.getValue());
                    update.setLong(2, row.getKey());
                    changed += update.executeUpdate();
                }
            }
        }
        return changed;
    }

    /** The number with its leading year moved, if it begins with the year the row had before the move. */
    static java.util.Optional<String> moved(String number, int callYear, int years) {
        String former = Integer.toString(callYear - years);
        return number.startsWith(former + "-") ? java.util.Optional.of(callYear + number.substring(former.length()))
                : java.util.Optional.empty();
    }
}
