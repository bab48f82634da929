package fr.faireess.mobility.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of the test's own: a {@code mariadbd} process on a free loopback port, with its data
 * folder under {@code target/}, created by {@code mariadb-install-db} on first start (root without a
 * password, TCP on 127.0.0.1 only). A test may kill it and start it again on the same data, which it
 * could not do to a shared server. Runs as root too (as CI does: {@code --user=root}). Tests that use
 * it run only when {@code TEST_OWN_MARIADB=true} ({@link #ENABLED}; CI's MariaDB run sets it), since
 * they need the {@code mariadb-server} package.
 */
public final class PrivateMariaDb {

    /** The environment variable that enables the tests needing this server. */
    public static final String ENABLED = "TEST_OWN_MARIADB";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path folder;
    private final Path data;
    private final Path socket;
    private final int port;
    private Process process;
    private boolean hooked;

    public PrivateMariaDb(Path folder) {
        this.folder = folder.toAbsolutePath();
        this.data = this.folder.resolve("data");
        // A Unix socket path must stay under about 100 characters.
        Path own = this.folder.resolve("mariadbd.sock");
        this.socket = own.toString().length() < 100 ? own : Path.of("/tmp", "mobility-" + ProcessHandle.current().pid() + "-" + folder.getFileName() + ".sock");
        this.port = LocalPorts.free();
    }

    public int port() {
        return port;
    }

    /** A JDBC URL to {@code database} on this server, with the options CI uses for MariaDB. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
    }

    /** Starts the server (creating its data folder the first time) and waits until it answers. */
    public synchronized void start() {
        try {
            Files.createDirectories(folder);
            if (!Files.isDirectory(data.resolve("mysql"))) {
                run(List.of(tool("mariadb-install-db"), "--no-defaults", "--datadir=" + data, "--user=" + osUser(),
                        "--auth-root-authentication-method=normal", "--skip-test-db"), folder.resolve("install.log"));
            }
            process = new ProcessBuilder(tool("mariadbd"), "--no-defaults", "--datadir=" + data, "--user=" + osUser(),
                    "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + socket,
                    "--pid-file=" + folder.resolve("mariadbd.pid"), "--log-error=" + folder.resolve("mariadbd.log"),
                    "--skip-log-bin", "--innodb-buffer-pool-size=64M", "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_unicode_ci")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("mariadbd.out").toFile()))
                    .start();
            if (!hooked) {
                // A test JVM that ends early must not leave a server behind.
                Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
                hooked = true;
            }
            waitUntilAnswering();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start mariadbd", e);
        }
    }

    /** Kills the server (SIGKILL): what a crash or a pulled plug looks like to the application. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor(process);
        }
    }

    /** Stops the server cleanly (SIGTERM). */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor(process);
        }
    }

    /** A connection as root. */
    public Connection root(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "root", "");
    }

    /** Creates an empty database (utf8mb4) and a user allowed everything on it. */
    public void createDatabase(String database, String user, String password) {
        try (Connection connection = root(""); Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : List.of("127.0.0.1", "localhost")) {
                sql.execute("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                sql.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO '" + user + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
    }

    /** The folder of a MariaDB program, found where Debian puts it or on the PATH. */
    public static Optional<Path> find(String program) {
        Stream<String> folders = Stream.concat(Stream.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin"),
                Stream.of(System.getenv().getOrDefault("PATH", "").split(":")));
        return folders.filter(f -> !f.isBlank()).map(f -> Path.of(f, program)).filter(Files::isExecutable).findFirst();
    }

    private static String tool(String program) {
        return find(program).map(Path::toString)
                .orElseThrow(() -> new IllegalStateException(program + " not found: install Debian's mariadb-server"));
    }

    private static String osUser() {
        return System.getProperty("user.name");
    }

    private void waitUntilAnswering() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited at start; see " + folder.resolve("mariadbd.log"));
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
                try (Connection connection = root("")) {
                    return;
                }
            } catch (IOException | SQLException e) {
                pause();
            }
        }
        throw new IllegalStateException("mariadbd not answering after " + START_TIMEOUT + "; see " + folder.resolve("mariadbd.log"));
    }

    private static void run(List<String> command, Path output) throws IOException {
        Process install = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        waitFor(install);
        if (install.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + output);
        }
    }

    private static void waitFor(Process process) {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
