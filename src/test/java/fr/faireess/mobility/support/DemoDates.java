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
import fr.faireess.mobility.platform.persistence.DemoTexts;

/**
 * The demo as this test database holds it: db/demo is written around the week of
 * {@link DemoCalendar#ANCHOR}, and a database loading it later moves every date by whole weeks and
 * every label by whole academic years (recorded in {@code demo_calendar}). Tests write the dates and
 * labels as db/demo does and move them here; a test never compares a literal of the demo with a page.
 */
public final class DemoDates {

    /** The demo's calls, as db/demo writes their titles ({@link #label} moves them). */
    public static final String CLOSED_CALL = "Stages Erasmus+ {{ay:2025-2026}} — second semestre";
    public static final String MAIN_CALL = "Stages Erasmus+ {{ay:2026-2027}} — appel principal";
    public static final String MODULE_CALL = "Mobilité Philia+ {{ay:2026-2027}} — module interculturel exigé";

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DemoCalendar.Shift shift;

    /** HTTP and browser tests cannot open the server's database: {@code APP.demoDates()}. */
    public DemoDates(DemoCalendar.Shift shift) {
        this.shift = shift;
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
            return new DemoDates(DemoCalendar.recorded(connection).map(DemoCalendar.Recorded::shift)
                    .orElse(new DemoCalendar.Shift(0, 0)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int shiftDays() {
        return shift.days();
    }

    public int shiftYears() {
        return shift.years();
    }

    public boolean asWritten() {
        return shift.days() == 0 && shift.years() == 0;
    }

    /** A date of db/demo ({@code 2026-04-10}) as the database holds it. */
    public LocalDate date(String asWritten) {
        return LocalDate.parse(asWritten).plusDays(shift.days());
    }

    public LocalDateTime dateTime(String asWritten) {
        return LocalDateTime.parse(asWritten).plusDays(shift.days());
    }

    /** The month (as the URLs write it, {@code 2026-03}) of a day of db/demo. */
    public String month(String asWritten) {
        return YearMonth.from(date(asWritten)).toString();
    }

    /** A day of db/demo as the French pages show and take it: {@code 10/04/2026}. */
    public String french(String asWritten) {
        return FRENCH.format(date(asWritten));
    }

    /** A text of db/demo with its tokens ({@code {{ay:2026-2027}}}, {@code {{year:2025}}}, dates) as the database holds it. */
    public String label(String asWritten) {
        return DemoTexts.render(asWritten, shift);
    }

    /** An academic year of db/demo ({@code 2026-2027}) as the database holds it. */
    public String academicYear(String asWritten) {
        return label("{{ay:" + asWritten + "}}");
    }

    /**
     * A year label of db/demo (a call year, a year quoted in a text) as the database holds it. Not a
     * testimony's mobility year: that one follows its placement's moved start, {@code date(...).getYear()}.
     */
    public int year(int asWritten) {
        return asWritten + shift.years();
    }
}
