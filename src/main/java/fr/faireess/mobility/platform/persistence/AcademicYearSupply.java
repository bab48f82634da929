package fr.faireess.mobility.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import fr.faireess.mobility.platform.config.SchoolYear;
import fr.faireess.mobility.platform.config.SchoolYear.Span;

/**
 * Academic years never run out: the current one and the next always exist, created by the application
 * (at every start, before the demo is loaded, and every night by {@code reference.AcademicYearJob}),
 * not by an administrator remembering to. Each new year follows the last one exactly (the day after
 * it ends, for one year, labelled by its two calendar years), which is what an administrator adding
 * one by hand must also respect ({@code reference.AcademicYearRule}). Every addition is audited as
 * the system's. Plain JDBC, so that the migration step and the nightly job run the same code; two
 * instances adding the same year at once: the second insert fails on the key and is ignored.
 */
public final class AcademicYearSupply {

    private static final Logger LOG = Logger.getLogger(AcademicYearSupply.class.getName());

    private AcademicYearSupply() {
    }

    /**
     * The years to add after the last one (ending {@code lastEnd}) so that the year after the one
     * holding {@code today} exists; none when the table is empty (a fresh schema always has years).
     */
    static List<Span> missing(LocalDate lastEnd, LocalDate today) {
        List<Span> years = new ArrayList<>();
        if (lastEnd == null) {
            return years;
        }
        LocalDate needed = today.plusYears(1);
        LocalDate end = lastEnd;
        while (end.isBefore(needed)) {
            Span next = SchoolYear.following(end);
            years.add(next);
            end = next.endsOn();
        }
        return years;
    }

    /** Adds the missing years; returns their codes. */
    public static List<String> ensure(Connection connection, LocalDate today, Instant now) throws SQLException {
        LocalDate lastEnd;
        try (PreparedStatement select = connection.prepareStatement("SELECT MAX(ends_on) FROM academic_year");
             ResultSet row = select.executeQuery()) {
            row.next();
            lastEnd = row.getObject(1, LocalDate.class);
        }
        List<String> added = new ArrayList<>();
        for (Span year : missing(lastEnd, today)) {
            if (insert(connection, year, now)) {
                added.add(year.code());
            }
        }
        if (!added.isEmpty()) {
            LOG.info(() -> "Academic years added: " + added + " (the current year and the next always exist)");
        }
        return added;
    }

    private static boolean insert(Connection connection, Span year, Instant now) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO academic_year (code, starts_on, ends_on) VALUES (?, ?, ?)");
             PreparedStatement audit = connection.prepareStatement(
                     "INSERT INTO audit_entry (occurred_at, actor_id, actor_email, action, subject_type, subject_id,"
                             + " from_state, to_state, detail) VALUES (?, NULL, 'system', 'ACADEMIC_YEAR_ADDED',"
                             + " 'ACADEMIC_YEAR', ?, NULL, NULL, ?)")) {
            insert.setString(1, year.code());
            insert.setObject(2, year.startsOn());
            insert.setObject(3, year.endsOn());
            insert.executeUpdate();
            audit.setTimestamp(1, Timestamp.from(now));
            audit.setString(2, year.code());
            audit.setString(3, year.startsOn() + " → " + year.endsOn());
            audit.executeUpdate();
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            if (exists(connection, year.code())) {
                return false;
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean exists(Connection connection, String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM academic_year WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
