package fr.faireess.mobility.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Timing and reporting for the {@code *Benchmark} classes ({@code mvn -Pbench verify}). They measure
 * inside the server, so the figures are written to {@code bench.reports} (a folder both JVMs are told
 * about by the pom) and printed on the Maven console by a client-side step, the server's own output
 * being hidden in that profile. Figures are printed, never asserted: a timing assertion fails on a
 * busy machine and says nothing on a fast one.
 */
public final class Bench {

    /** One measured case: what it did, how many rows matched, and the spread of its durations. */
    public record Figure(String label, long rows, double medianMs, double p95Ms, double maxMs, long allocatedKb,
                         OptionalLong statements) {
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Bench() {
    }

    /**
     * Runs {@code operation} {@code warmups} times unmeasured (JIT, statement caches, buffer pools),
     * then {@code runs} times measured. The operation returns the rows it matched, which must be the
     * same every time. Allocation is the calling thread's (the JDBC driver reads on it), per run. One
     * more run, unmeasured, counts the SQL statements it sends (on H2 only, see {@link #statements}).
     */
    public static Figure measure(String label, int warmups, int runs, LongSupplier operation, DataSource dataSource) {
        long rows = -1;
        for (int i = 0; i < warmups; i++) {
            rows = operation.getAsLong();
        }
        long[] nanos = new long[runs];
        long allocated = 0;
        for (int i = 0; i < runs; i++) {
            long bytesBefore = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            long matched = operation.getAsLong();
            nanos[i] = System.nanoTime() - start;
            allocated += THREADS.getCurrentThreadAllocatedBytes() - bytesBefore;
            if (rows >= 0 && matched != rows) {
                throw new IllegalStateException(label + ": " + matched + " rows, then " + rows);
            }
            rows = matched;
        }
        Arrays.sort(nanos);
        return new Figure(label, rows, ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(nanos[runs - 1]),
                allocated / runs / 1024, statements(dataSource, operation::getAsLong));
    }

    /**
     * SQL statements one run of {@code operation} sends, from H2's database-wide query statistics
     * (statements of other threads in that window count too: the server is otherwise idle). Empty on
     * other databases (the operation still runs once), whose counters are server-wide and shared with
     * whoever else uses the server.
     */
    static OptionalLong statements(DataSource dataSource, Runnable operation) {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            if (!db.getMetaData().getDatabaseProductName().equals("H2")) {
                operation.run(); // the run happens on every database, so callers see the same side effects
                return OptionalLong.empty();
            }
            sql.execute("SET QUERY_STATISTICS FALSE"); // turning them off clears them
            sql.execute("SET QUERY_STATISTICS TRUE");
            try {
                operation.run();
                try (ResultSet rows = sql.executeQuery("SELECT COALESCE(SUM(EXECUTION_COUNT), 0)"
                        + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%'")) {
                    rows.next();
                    return OptionalLong.of(rows.getLong(1));
                }
            } finally {
                sql.execute("SET QUERY_STATISTICS FALSE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    public static String table(List<Figure> figures) {
        int width = Math.max(4, figures.stream().mapToInt(f -> f.label().length()).max().orElse(0));
        String format = "%-" + width + "s | %7s | %9s | %9s | %9s | %11s | %6s%n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, format, "case", "rows", "median ms", "p95 ms", "max ms", "alloc KB/op",
                "SQL/op"));
        out.append("-".repeat(width + 72)).append('\n');
        for (Figure f : figures) {
            out.append(String.format(Locale.ROOT, format, f.label(), f.rows(), two(f.medianMs()), two(f.p95Ms()),
                    two(f.maxMs()), f.allocatedKb(),
                    f.statements().isPresent() ? String.valueOf(f.statements().getAsLong()) : "n/a"));
        }
        return out.toString();
    }

    private static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Where and when: the database and its driver, the JVM, its collector and heap, the cores. */
    public static String environment(DataSource dataSource) {
        String database;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                    + " (driver " + meta.getDriverName() + " " + meta.getDriverVersion() + ")";
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Runtime runtime = Runtime.getRuntime();
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        return "date      : " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
                + "database  : " + database + "\n"
                + "JVM       : " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + runtime.maxMemory() / (1024 * 1024) + " MB, GC " + collectors + "\n"
                + "JVM flags : " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-X")).toList()) + "\n"
                + "cores     : " + runtime.availableProcessors() + " (" + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ")\n";
    }

    /** Heap in use, in MB, after asking for a collection first when {@code collect}: a rough figure. */
    public static long heapUsedMb(boolean collect) {
        if (collect) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }

    /** Milliseconds since {@code startNanos}, for the one-off figures (seeding, clean-up). */
    public static long msSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static Path report(String name) {
        String folder = System.getProperty("bench.reports");
        if (folder == null) {
            throw new IllegalStateException("bench.reports is not set: run benchmarks with mvn -Pbench verify");
        }
        return Path.of(folder, name + ".txt");
    }

    /** Server side: forgets the previous run's figures, so a failed run never shows old ones. */
    public static void forget(String name) {
        try {
            Files.deleteIfExists(report(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(String name, List<String> sections) {
        try {
            Path file = report(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", sections), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Client side: prints the figures the server wrote; false when there are none (the run failed). */
    public static boolean print(String name) {
        Path file = report(name);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            System.out.println();
            System.out.println("==== " + name + " (" + file + ")");
            lines.forEach(System.out::println);
            System.out.println();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Work on one JDBC connection of the server's data source, inside a transaction. */
    public interface Work<T> {
        T on(Connection db) throws Exception;
    }

    /** Runs {@code work} in a transaction of its own (10 minutes at most: seeding is long), committed or rolled back. */
    public static <T> T inTransaction(jakarta.transaction.UserTransaction transaction, DataSource dataSource, Work<T> work)
            throws Exception {
        transaction.setTransactionTimeout(600);
        transaction.begin();
        try {
            T result;
            try (Connection db = dataSource.getConnection()) {
                result = work.on(db);
            }
            transaction.commit();
            return result;
        } finally {
            int status = transaction.getStatus();
            if (status == jakarta.transaction.Status.STATUS_ACTIVE || status == jakarta.transaction.Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            }
        }
    }
}
