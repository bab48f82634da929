package fr.faireess.mobility.application;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;

import fr.faireess.mobility.application.ApplicationCriteria.Sort;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.persistence.DataSourceSetup;
import fr.faireess.mobility.support.Bench;
import fr.faireess.mobility.support.PageLoad;

/**
 * What {@code PageVsServletBenchmark} asks the server between its HTTP loads (test source, benchmark
 * deployment only): {@code ?do=start} resets H2's query statistics and {@code ?do=stop} answers how many
 * statements ran since (H2 only: {@code n/a} elsewhere); {@code ?do=query} times the review list's
 * query alone (count + first page of 25, as the coordinator, no HTTP) and answers its median and p95 in
 * ms; {@code ?do=memory} answers the server's resident memory and heap in use after a collection, in MB.
 */
@WebServlet("/coordinator/bench/probe")
public class ReviewListProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private ApplicationQueries applicationQueries;
    @Inject private CurrentUser currentUser;
    @Resource(lookup = DataSourceSetup.JNDI_NAME) private DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        String answer;
        try {
            answer = switch (String.valueOf(request.getParameter("do"))) {
                case "start" -> statistics(true);
                case "stop" -> statistics(false);
                case "query" -> query(currentUser.get());
                case "memory" -> PageLoad.residentMb(ProcessHandle.current().pid()) + " " + Bench.heapUsedMb(true);
                default -> null;
            };
        } catch (SQLException e) {
            throw new IOException(e);
        }
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.getWriter().write(answer);
    }

    private String statistics(boolean start) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            if (!db.getMetaData().getDatabaseProductName().equals("H2")) {
                return "n/a";
            }
            if (start) {
                sql.execute("SET QUERY_STATISTICS FALSE"); // turning them off clears them
                sql.execute("SET QUERY_STATISTICS TRUE");
                return "started";
            }
            try (ResultSet rows = sql.executeQuery("SELECT COALESCE(SUM(EXECUTION_COUNT), 0)"
                    + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")) {
                rows.next();
                long count = rows.getLong(1);
                writeStatements(sql);
                sql.execute("SET QUERY_STATISTICS FALSE");
                return String.valueOf(count);
            }
        }
    }

    /** The statements counted, slowest first, appended to {@code ReviewListStatements.txt} in the reports' folder. */
    private static void writeStatements(Statement sql) throws SQLException {
        StringBuilder out = new StringBuilder("-- statements since ?do=start\n");
        try (ResultSet rows = sql.executeQuery("SELECT EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME, AVERAGE_ROW_COUNT, SQL_STATEMENT"
                + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'"
                + " ORDER BY CUMULATIVE_EXECUTION_TIME DESC")) {
            while (rows.next()) {
                String text = rows.getString(4).replaceAll("\\s+", " ");
                out.append(String.format(java.util.Locale.ROOT, "%4d x %9.1f ms total, %8.1f rows avg: %s%n", rows.getLong(1),
                        rows.getDouble(2), rows.getDouble(3), text.length() > 400 ? text.substring(0, 400) + "…" : text));
            }
        }
        String reports = System.getProperty("bench.reports");
        if (reports != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(reports, "ReviewListStatements.txt"), out,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private String query(Account coordinator) {
        ApplicationCriteria criteria = new ApplicationCriteria(null, null, null, null, null, null, Sort.SUBMITTED);
        Bench.Figure figure = Bench.measure("query", 20, 100, () -> {
            long count = applicationQueries.countNow(criteria, coordinator);
            applicationQueries.page(criteria, 0, ReviewListFloorServlet.PAGE, coordinator);
            return count;
        }, dataSource);
        return String.format(Locale.ROOT, "%.2f %.2f %d", figure.medianMs(), figure.p95Ms(), figure.rows());
    }
}
