package fr.faireess.mobility;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import fr.faireess.mobility.support.Bench;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.FloorServlet;
import fr.faireess.mobility.support.PageLoad;
import fr.faireess.mobility.support.LocalPorts;
import fr.faireess.mobility.support.LocalProcesses;

/**
 * Issue #14, item 5: start-up and memory against the floor. Starts, as separate processes on the same
 * JVM flags and Payara Micro options (those of {@code mvn -Prun}: {@code -Xmx768m}, {@code --nohazelcast},
 * the pre-boot commands), (a) Payara Micro with a one-servlet WAR and (b) the application's WAR
 * ({@code target/mobility.war}; H2 in a temporary folder, demo on), and variants of (b) with start-up
 * options worth trying (AppCDS, glibc's malloc arenas). Prints the time from process start to the first
 * 200 of a page (the floor's servlet; the app's login page), the ratio to the floor, resident memory
 * (VmRSS) at ready and after 16 clients load a page (the floor's servlet; the coordinator's review
 * list), which heavy libraries are loaded at ready, and what the WAR carries. Runs first in
 * {@code mvn -Pbench verify} (root package, alphabetical order), before the benchmarks' own server starts.
 */
class StartupBenchmark {

    private static final String NAME = "StartupBenchmark";
    private static final int STARTS = Integer.getInteger("bench.startup.runs", 2);
    private static final int CLIENTS = 16;
    private static final Duration WARMUP = Duration.ofSeconds(10);
    private static final Duration MEASURED = Duration.ofSeconds(15);
    private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it"), "startup-bench");
    private static final String JVM_FLAGS = System.getProperty("it.jvm.options", "-Xmx768m");

    /** One way of starting: which WAR, its first page, its loaded page, and what it adds to the command. */
    private record Variant(String name, boolean app, List<String> jvmFlags, Map<String, String> env, boolean cds) {
    }

    private record Started(Process process, long millis, long rssMb) {
    }

    @Test
    void startUpAndMemoryAgainstTheFloor() throws Exception {
        Bench.forget(NAME);
        deleteRecursively(WORK);
        Files.createDirectories(WORK);
        Path floorWar = WORK.resolve("floor.war");
        ShrinkWrap.create(WebArchive.class, "floor.war").addClass(FloorServlet.class)
                .as(ZipExporter.class).exportTo(floorWar.toFile(), true);
        Path appWar = Path.of(System.getProperty("it.war", "target/mobility.war"));
        List<String> report = new ArrayList<>();
        report.add("JVM flags : " + JVM_FLAGS + " (" + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores)");
        report.add("starts    : " + STARTS + " per variant, one at a time; time = process start to the first 200 of"
                + " the page (floor: its servlet; app: /login.xhtml); RSS = VmRSS");
        report.add("load      : " + CLIENTS + " clients, " + WARMUP.toSeconds() + " s warm-up, " + MEASURED.toSeconds()
                + " s measured (floor: its servlet; app: the coordinator's review list as " + DemoAccounts.COORDINATOR_PERPIGNAN + ")\n");

        List<Variant> variants = List.of(
                new Variant("floor (one-servlet WAR)", false, List.of(), Map.of(), false),
                new Variant("app", true, List.of(), Map.of(), false),
                new Variant("app + AppCDS archive", true, List.of(), Map.of(), true),
                new Variant("app + MALLOC_ARENA_MAX=2", true, List.of(), Map.of("MALLOC_ARENA_MAX", "2"), false),
                new Variant("app + -Xmx512m", true, List.of("-Xmx512m"), Map.of(), false),
                new Variant("app + -Xmx512m SerialGC", true, List.of("-Xmx512m", "-XX:+UseSerialGC"), Map.of(), false),
                new Variant("app + -Xmx384m SerialGC", true, List.of("-Xmx384m", "-XX:+UseSerialGC"), Map.of(), false));
        String format = "%-26s | %22s | %8s | %9s | %13s | %7s | %7s%n";
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, format, "variant", "first page ms (each)",
                "median", "vs floor", "RSS ready MB", "RSS MB", "req/s"));
        table.append(String.format(Locale.ROOT, format, "", "", "", "", "", "loaded", "16 cl."));
        table.append("-".repeat(110)).append('\n');
        List<String> notes = new ArrayList<>();
        long floorMedian = -1;
        for (Variant variant : variants) {
            Path war = variant.app() ? appWar : floorWar;
            List<String> flags = new ArrayList<>(variant.jvmFlags());
            if (variant.cds()) {
                Path archive = WORK.resolve("app.jsa");
                long trainStart = System.nanoTime();
                Started training = start(variant, war, List.of("-XX:ArchiveClassesAtExit=" + archive), "train");
                LocalProcesses.stop(training.process());
                notes.add(String.format(Locale.ROOT, "AppCDS: training run (start, then stop) %,d ms, archive %,d KB",
                        Bench.msSince(trainStart), Files.isRegularFile(archive) ? Files.size(archive) / 1024 : 0));
                if (!Files.isRegularFile(archive)) {
                    table.append(String.format(Locale.ROOT, "%-26s | no archive written%n", variant.name()));
                    continue;
                }
                flags.add("-XX:SharedArchiveFile=" + archive);
            }
            long[] millis = new long[STARTS];
            Started last = null;
            for (int i = 0; i < STARTS; i++) {
                if (last != null) {
                    LocalProcesses.stop(last.process());
                }
                last = start(variant, war, flags, "run" + i);
                millis[i] = last.millis();
            }
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            long median = sorted[sorted.length / 2];
            if (!variant.app()) {
                floorMedian = median;
            }
            try {
                if (variant.app() && variant.jvmFlags().isEmpty() && variant.env().isEmpty() && !variant.cds()) {
                    notes.add(loadedLibraries(last.process().pid()));
                }
                PageLoad.Result load = load(variant, last);
                table.append(String.format(Locale.ROOT, format, variant.name(),
                        String.join(" / ", Arrays.stream(millis).mapToObj(m -> String.format(Locale.ROOT, "%,d", m)).toList()),
                        String.format(Locale.ROOT, "%,d", median),
                        floorMedian > 0 ? String.format(Locale.ROOT, "%.2fx", median / (double) floorMedian) : "-",
                        last.rssMb(), PageLoad.residentMb(last.process().pid()),
                        String.format(Locale.ROOT, "%.0f", load.perSecond())));
                notes.add(String.format(Locale.ROOT, "%s under load: median %.1f ms, p95 %.1f ms, p99 %.1f ms",
                        variant.name(), load.medianMs(), load.p95Ms(), load.p99Ms()));
            } finally {
                LocalProcesses.stop(last.process());
            }
        }
        report.add(table.toString());
        report.add("goals: first page <= 1.5x the floor; RSS <= 768 MB under the 16-client load\n");
        report.addAll(notes);
        report.add("\n" + warContents(appWar));
        Bench.write(NAME, report);
        Bench.print(NAME);
    }

    /** Starts one process of {@code variant} and waits for its first 200; RSS read right then. */
    private Started start(Variant variant, Path war, List<String> extraFlags, String label) throws IOException {
        Path dir = WORK.resolve(variant.name().replaceAll("[^A-Za-z0-9]+", "-") + "-" + label);
        deleteRecursively(dir);
        Files.createDirectories(dir);
        int port = LocalPorts.free();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(JVM_FLAGS.trim().split("\\s+")));
        command.addAll(extraFlags);
        command.add("-Djava.io.tmpdir=" + dir);
        if (variant.app()) {
            command.add("-Dmobility.data.dir=" + WORK.resolve("app-db")); // one database: the demo loads once
            command.add("-Dmobility.public.url=http://localhost:" + port + "/");
        }
        command.addAll(List.of("-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--nohazelcast", "--disablephonehome", "--port", String.valueOf(port),
                "--rootDir", dir.resolve("root").toString(),
                "--prebootcommandfile", "config/pre-boot-commands.asadmin",
                "--deploy", war.toString(), "--contextroot", "/"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile());
        builder.environment().putAll(variant.env());
        builder.environment().keySet().removeIf(k -> k.startsWith("MOBILITY_DB"));
        long start = System.nanoTime();
        Process process = builder.start();
        String url = "http://localhost:" + port + (variant.app() ? "/login.xhtml" : "/");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(variant.name() + " exited during start-up; see " + dir.resolve("server.log"));
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    long millis = Bench.msSince(start);
                    return new Started(process, millis, PageLoad.residentMb(process.pid()));
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(variant.name() + " not serving after 4 minutes; see " + dir.resolve("server.log"));
    }

    private PageLoad.Result load(Variant variant, Started started) throws InterruptedException {
        String root = "http://localhost:" + portOf(started) + "/";
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            sessions.add(variant.app() ? PageLoad.login(root, DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD)
                    : PageLoad.anonymous());
        }
        String url = root + (variant.app() ? "coordinator/applications/list.xhtml" : "");
        return PageLoad.run(variant.name(), sessions, url, "data-ri=", WARMUP, MEASURED);
    }

    /** The port a process was started on, read back from its command line. */
    private static int portOf(Started started) {
        String[] args = started.process().info().arguments().orElseThrow();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--port")) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        throw new IllegalStateException("no --port");
    }

    /** Heavy libraries among the classes loaded at ready ({@code jcmd VM.class_hierarchy}), by package prefix. */
    private static String loadedLibraries(long pid) {
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("Apache POI (XLSX)", "org.apache.poi");
        libraries.put("OpenPDF / iText", "com.lowagie");
        libraries.put("PDFBox", "org.apache.pdfbox");
        libraries.put("JasperReports", "net.sf.jasperreports");
        libraries.put("PrimeFaces", "org.primefaces");
        libraries.put("EclipseLink", "org.eclipse.persistence");
        libraries.put("Flyway", "org.flywaydb");
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid), "VM.class_hierarchy").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(60, TimeUnit.SECONDS);
            List<String> counts = new ArrayList<>();
            long total = out.lines().count();
            libraries.forEach((name, prefix) -> counts.add(name + " " + out.lines().filter(l -> l.contains(prefix)).count()));
            return "classes loaded in the app at ready: about " + total + "; of which " + String.join(", ", counts);
        } catch (IOException e) {
            return "classes loaded: jcmd failed (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "classes loaded: interrupted";
        }
    }

    /** What the WAR carries: its size, and the libraries of WEB-INF/lib by size (the largest ten). */
    private static String warContents(Path war) throws IOException {
        StringBuilder out = new StringBuilder();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            List<? extends ZipEntry> libs = zip.stream().filter(e -> e.getName().startsWith("WEB-INF/lib/"))
                    .sorted(Comparator.comparingLong(ZipEntry::getSize).reversed()).toList();
            long libBytes = libs.stream().mapToLong(ZipEntry::getSize).sum();
            out.append(String.format(Locale.ROOT, "WAR %s: %,d KB; WEB-INF/lib %d jars, %,d KB; the largest:%n",
                    war.getFileName(), Files.size(war) / 1024, libs.size(), libBytes / 1024));
            libs.stream().limit(10).forEach(e -> out.append(String.format(Locale.ROOT, "  %,7d KB  %s%n", e.getSize() / 1024,
                    e.getName().substring("WEB-INF/lib/".length()))));
        }
        return out.toString();
    }



    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
