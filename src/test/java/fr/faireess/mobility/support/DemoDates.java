package fr.faireess.mobility.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import fr.faireess.mobility.platform.persistence.DataSourceSetup;
import fr.faireess.mobility.platform.persistence.DemoCalendar;

/**
 * The demo's dates as this test database holds them: db/demo is written around the week of
 * {@link DemoCalendar#ANCHOR}, and a database loading it later moves every date by whole weeks
 * (recorded in {@code demo_calendar}). Tests write the dates as db/demo does and move them here.
 */
public final class DemoDates {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final int shiftDays;

    /** HTTP and browser tests cannot open the server's database: {@code new DemoDates(APP.demoShiftDays())}. */
    public DemoDates(int shiftDays) {
        this.shiftDays = shiftDays;
    }

    /** From the server's own database (tests running inside the server). */
    public static DemoDates inServer() {
        try {
            return of(InitialContext.doLookup(DataSourceSetup.JNDI_NAME));
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From the database itself. */
    public static DemoDates of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return new DemoDates(DemoCalendar.recorded(connection).map(DemoCalendar.Recorded::shiftDays).orElse(0));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int shiftDays() {
        return shiftDays;
    }

    public boolean asWritten() {
        return shiftDays == 0;
    }

    /** A date of db/demo ({@code 2026-04-10}) as the database holds it. */
    public LocalDate date(String asWritten) {
        return LocalDate.parse(asWritten).plusDays(shiftDays);
    }

    public LocalDateTime dateTime(String asWritten) {
        return LocalDateTime.parse(asWritten).plusDays(shiftDays);
    }

    /** The month (as the URLs write it, {@code 2026-03}) of a day of db/demo. */
    public String month(String asWritten) {
        return YearMonth.from(date(asWritten)).toString();
    }

    /** A day of db/demo as the French pages show and take it: {@code 10/04/2026}. */
    public String french(String asWritten) {
        return FRENCH.format(date(asWritten));
    }
}
