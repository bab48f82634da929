package fr.faireess.mobility.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.faireess.mobility.platform.persistence.DemoCalendar;

/**
 * One running instance of the application for every HTTP and browser test of the run: the packaged
 * WAR on Payara Micro, started the way the README starts it (with config/pre-boot-commands.asadmin),
 * on a free port (and an HTTPS one), with its own embedded database under {@code target/it/app-db}
 * (or, on MySQL/MariaDB, the database named by {@code TEST_HTTP_DB_URL}, with the user and password
 * of {@code MOBILITY_DB_*} which the server inherits from the environment), sending its mails to
 * {@link TestMailServer} (plain SMTP, no login). Started on first use,
 * stopped when the test JVM exits; {@link #restart()} proves that data survives a restart.
 * {@link #startOwn} starts another instance, for a test that needs a server of its own (its own
 * database, which it may stop): same start, its own folder and settings. The shared instance logs in
 * through {@link TestOidcProvider} too (single sign-on), unless {@code CI_SKIP_SSO=true}.
 */
public final class RunningApp {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern DEMO_SHIFT = Pattern.compile(
            "Demo calendar: .*dates moved by (-?\\d+) days.*labels by (-?\\d+) academic year");
    private static RunningApp instance;

    private final Path workDir;
    private final Path log;
    /** Settings of an instance of its own ({@link #startOwn}), as system properties, which win over the environment. */
    private final Map<String, String> ownSettings;
    /** Payara Micro's clustering options of an instance of its own ({@link #startOwn}); none: {@code --nohazelcast}. */
    private final List<String> clusterOptions;
    private final int port = LocalPorts.free();
    /** An HTTPS listener too (Payara's self-signed certificate), for what only happens over HTTPS. */
    private final int httpsPort = LocalPorts.free();
    private Process process;

    private RunningApp(Path workDir, Map<String, String> ownSettings, List<String> clusterOptions) {
        this.workDir = workDir;
        this.log = workDir.resolve("app-server.log");
        this.ownSettings = ownSettings;
        this.clusterOptions = clusterOptions;
    }

    public static synchronized RunningApp get() {
        if (instance == null) {
            RunningApp app = new RunningApp(Path.of(System.getProperty("it.work.dir", "target/it")), null, List.of());
            app.start();
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
            instance = app;
        }
        return instance;
    }

    /**
     * Starts an instance that is not the shared one, in {@code it.work.dir/name}, with the given settings
     * (MicroProfile Config keys, e.g. {@code mobility.db.url}); the caller stops it ({@link #stop()}).
     */
    public static RunningApp startOwn(String name, Map<String, String> settings) {
        return startOwn(name, settings, List.of());
    }

    /**
     * The same, as a member of a Payara Micro cluster: {@code clusterOptions} ({@code --clustermode …},
     * {@code --startport …}) replace {@code --nohazelcast}.
     */
    public static RunningApp startOwn(String name, Map<String, String> settings, List<String> clusterOptions) {
        RunningApp app = new RunningApp(Path.of(System.getProperty("it.work.dir", "target/it")).resolve(name),
                Map.copyOf(settings), List.copyOf(clusterOptions));
        app.start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        return app;
    }

    /** The server's process id (what {@code job_lock.owner} starts with). */
    public long pid() {
        return process.pid();
    }

    /** This instance's server log. */
    public Path log() {
        return log;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String url(String path) {
        return baseUrl() + path;
    }

    /** The same application over HTTPS, with a self-signed certificate: clients must not check it. */
    public String httpsUrl(String path) {
        return "https://localhost:" + httpsPort + path;
    }

    /** The demo as the server's database holds it ({@link #demoShift()}). */
    public DemoDates demoDates() {
        return new DemoDates(demoShift());
    }

    /** Today in Paris by the server's clock, which {@code MOBILITY_CLOCK_OFFSET} may move (the server inherits it). */
    public LocalDate today() {
        return TestClock.today();
    }

    /**
     * How far the server moved the demo's dates and labels when its database loaded the demo: every
     * start logs it ({@code DatabaseMigrator}), and on a shared MySQL database another server may have
     * loaded the demo, so the log is the one place that always knows.
     */
    public synchronized DemoCalendar.Shift demoShift() {
        // ISO-8859-1 reads any byte: the server's log need not be valid UTF-8, the line sought is ASCII.
        try {
            Matcher last = null;
            for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                Matcher m = DEMO_SHIFT.matcher(line);
                if (m.find()) {
                    last = m;
                }
            }
            if (last == null) {
                throw new IllegalStateException("No \"Demo calendar\" line in " + log);
            }
            return new DemoCalendar.Shift(Integer.parseInt(last.group(1)), Integer.parseInt(last.group(2)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How long the server's log is now: what it writes from here on is {@link #logSince} this. */
    public long logSize() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines the server logged since the log had {@code offset} bytes ({@link #logSize}). */
    public List<String> logSince(long offset) {
        try (var in = Files.newInputStream(log)) {
            in.skipNBytes(Math.min(offset, Files.size(log)));
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void restart() {
        stop();
        start();
    }

    private synchronized void start() {
        try {
            Files.createDirectories(workDir);
            // Payara Micro would first load the copy it deployed last time from its root folder, then
            // deploy the WAR again (twice the start time, and requests answered in between): start
            // from an empty root folder. The data lives elsewhere (app-db, or MySQL/MariaDB).
            deleteRecursively(workDir.resolve("app-root"));
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(Arrays.asList(System.getProperty("it.jvm.options", "-Xmx512m").trim().split("\\s+")));
            command.add("-Djava.io.tmpdir=" + (ownSettings == null ? workDir.getParent() : workDir.getParent().getParent()));
            command.add("-Dmobility.data.dir=" + workDir.resolve("app-db"));
            // On MySQL/MariaDB (CI's second run), a database of its own: the Arquillian server's tests
            // leave rows in theirs, and the pages' tests must not depend on them.
            String ownDatabase = System.getenv("TEST_HTTP_DB_URL");
            if (ownSettings == null && ownDatabase != null && !ownDatabase.isBlank()) {
                command.add("-Dmobility.db.url=" + ownDatabase);
            }
            command.add("-Dmobility.public.url=" + baseUrl() + "/");
            TestMailServer mail = TestMailServer.get();
            command.add("-Dmobility.smtp.host=" + mail.host());
            command.add("-Dmobility.smtp.port=" + mail.port());
            command.add("-Dmobility.smtp.starttls=false");
            // The test server takes mail without a login.
            command.add("-Dmobility.smtp.user=");
            command.add("-Dmobility.smtp.password=");
            if (ownSettings == null && !TestOidcProvider.skipped()) {
                // Single sign-on against the run's provider, which starts side by side with the server.
                TestOidcProvider provider = TestOidcProvider.startFor(baseUrl());
                command.add("-Dmobility.oidc.issuer=" + provider.issuer());
                command.add("-Dmobility.oidc.client.id=" + TestOidcProvider.CLIENT_ID);
                command.add("-Dmobility.oidc.client.secret=" + TestOidcProvider.CLIENT_SECRET);
            }
            if (ownSettings != null) {
                ownSettings.forEach((key, value) -> command.add("-D" + key + "=" + value));
            }
            command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                    "--disablephonehome", "--port", String.valueOf(port),
                    "--sslPort", String.valueOf(httpsPort),
                    "--rootDir", workDir.resolve("app-root").toString(),
                    "--prebootcommandfile", clusterOptions.isEmpty() ? "config/pre-boot-commands.asadmin"
                            : "config/pre-boot-commands-cluster.asadmin",
                    "--deploy", System.getProperty("it.war", "target/mobility.war"), "--contextroot", "/"));
            command.addAll(command.indexOf("-jar") + 2, clusterOptions.isEmpty() ? List.of("--nohazelcast") : clusterOptions);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            waitUntilServing();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Payara Micro", e);
        }
    }

    private void waitUntilServing() {
        // HTTP/1.1, as PageLoad and ApiCalls: java.net.http's default (HTTP/2 by an h2c upgrade) once
        // left a clustered instance's probe without an answer for four minutes while the instance served.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/login.xhtml"))).timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited during startup; see " + log);
            }
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
                last = "status " + status;
            } catch (IOException e) {
                last = e.toString();   // not listening yet, or no answer within the request's timeout
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        stop();
        throw new IllegalStateException("Application not serving after " + STARTUP_TIMEOUT + " (last probe of /login.xhtml: "
                + last + "); see " + log);
    }

    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        LocalProcesses.stop(process);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
