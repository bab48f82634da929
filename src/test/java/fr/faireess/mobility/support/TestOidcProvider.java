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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenID Connect provider for the single sign-on tests: Keycloak, from its Maven Central
 * distribution (unpacked by the build into {@code target/keycloak}), in development mode with an
 * in-memory database and an imported realm: the application as a confidential client (PKCE
 * required), people whose e-mails are demo accounts' and one nobody knows. It listens on a free
 * loopback port. Keycloak needs Java 21 or later: the first such JDK under {@code /usr/lib/jvm}
 * (or {@code -Dit.keycloak.java}); the application keeps its Java 17.
 *
 * <p>Started by {@link RunningApp} before the shared instance (which gets its issuer) and without
 * waiting: both start side by side, and only the SSO tests wait for the provider
 * ({@link #awaitReady()}). {@code CI_SKIP_SSO=true} leaves it out (the second and third CI runs:
 * single sign-on depends neither on the database nor on the clock).
 */
public final class TestOidcProvider {

    public static final String REALM = "mobility";
    public static final String CLIENT_ID = "mobility-tests";
    public static final String CLIENT_SECRET = "client-secret-for-tests-only";
    /** Another application of the realm, which gets tokens by password: real tokens that are not ours. */
    public static final String OTHER_CLIENT_ID = "another-application";
    /** Every test person's password at the provider. */
    public static final String PASSWORD = "sso-password";
    /** Provider logins: a coordinator (e-mail in another case than the account's), a student, a stranger. */
    public static final String COORDINATOR_LOGIN = "nadia";
    public static final String STUDENT_LOGIN = "lea";
    public static final String STRANGER_LOGIN = "stranger";
    public static final String STRANGER_EMAIL = "personne.inconnue@exemple.fr";

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static TestOidcProvider instance;

    private final Path home;
    private final int port = LocalPorts.free();
    private final Path log;
    private Process process;

    private TestOidcProvider(Path home, Path log) {
        this.home = home;
        this.log = log;
    }

    /** {@code CI_SKIP_SSO=true}: no provider, no single sign-on in the shared instance, SSO tests skipped. */
    public static boolean skipped() {
        return "true".equalsIgnoreCase(System.getenv("CI_SKIP_SSO"));
    }

    /** Where the build unpacked Keycloak; empty when it did not. */
    static Optional<Path> keycloakHome() {
        Path home = Path.of(System.getProperty("it.keycloak.home", "target/keycloak/keycloak"));
        return Files.isRegularFile(home.resolve("bin/kc.sh")) ? Optional.of(home) : Optional.empty();
    }

    /** Starts the provider for an application at {@code appBaseUrl} (its redirect URIs), without waiting. */
    static synchronized TestOidcProvider startFor(String appBaseUrl) {
        if (instance == null) {
            Path home = keycloakHome().orElseThrow(() -> new IllegalStateException(
                    "Keycloak is not unpacked in target/keycloak (mvn verify does it; CI_SKIP_SSO=true skips SSO)"));
            TestOidcProvider provider = new TestOidcProvider(home,
                    Path.of(System.getProperty("it.work.dir", "target/it")).resolve("keycloak.log"));
            provider.start(appBaseUrl);
            Runtime.getRuntime().addShutdownHook(new Thread(provider::stop));
            instance = provider;
        }
        return instance;
    }

    /** The provider of this test run, ready to serve; the shared application is configured with it. */
    public static TestOidcProvider get() {
        RunningApp.get();
        TestOidcProvider provider;
        synchronized (TestOidcProvider.class) {
            provider = instance;
        }
        if (provider == null) {
            throw new IllegalStateException("No OpenID Connect provider in this run (CI_SKIP_SSO?)");
        }
        provider.awaitReady();
        return provider;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    private void start(String appBaseUrl) {
        try {
            Files.createDirectories(log.getParent());
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.writeString(imports.resolve(REALM + "-realm.json"), realm(appBaseUrl), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--db=dev-mem", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--http-management-port=" + LocalPorts.free(), "--cache=local"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("JAVA_HOME", javaHome().toString());
            // Keycloak's start is mostly class loading and a schema: the quick compiler halves it on two cores.
            builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Keycloak from " + home, e);
        }
    }

    /** Waits until the realm's discovery document is served. */
    public void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during startup; see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak not serving after " + STARTUP_TIMEOUT + "; see " + log);
    }

    synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();   // kc.sh forwards the signal to its Java process
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** A JDK of version 21 or later (Keycloak 26 needs it): {@code -Dit.keycloak.java}, else one under /usr/lib/jvm. */
    static Path javaHome() throws IOException {
        String configured = System.getProperty("it.keycloak.java");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path current = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() >= 21) {
            return current;
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                Optional<Path> found = homes.filter(h -> Files.isExecutable(h.resolve("bin/java")))
                        .filter(h -> feature(h) >= 21).sorted().findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IllegalStateException("Keycloak needs Java 21 or later: none under /usr/lib/jvm; "
                + "give one with -Dit.keycloak.java=<JDK home> (or CI_SKIP_SSO=true)");
    }

    private static int feature(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** The realm: the application's client and its people (e-mails verified, nothing left to fill in). */
    private static String realm(String appBaseUrl) {
        return """
                {"realm": "%1$s", "enabled": true, "sslRequired": "none",
                 "accessTokenLifespan": 300,
                 "clients": [{"clientId": "%2$s", "enabled": true, "publicClient": false,
                   "clientAuthenticatorType": "client-secret", "secret": "%3$s",
                   "standardFlowEnabled": true, "directAccessGrantsEnabled": false,
                   "redirectUris": ["%4$s/sso/callback"],
                   "attributes": {"pkce.code.challenge.method": "S256",
                                  "post.logout.redirect.uris": "%4$s/login.xhtml?loggedOut=true"}},
                   {"clientId": "%8$s", "enabled": true, "publicClient": true,
                    "standardFlowEnabled": false, "directAccessGrantsEnabled": true}],
                 "users": [%5$s, %6$s, %7$s]}
                """.formatted(REALM, CLIENT_ID, CLIENT_SECRET, appBaseUrl,
                user(COORDINATOR_LOGIN, DemoAccounts.COORDINATOR_PERPIGNAN.toUpperCase(java.util.Locale.ROOT), "Nadia", "Benali"),
                user(STUDENT_LOGIN, DemoAccounts.STUDENT_ASS_PERPIGNAN, "Léa", "Vidal"),
                user(STRANGER_LOGIN, STRANGER_EMAIL, "Personne", "Inconnue"), OTHER_CLIENT_ID);
    }

    private static String user(String login, String email, String first, String last) {
        return """
                {"username": "%s", "email": "%s", "emailVerified": true, "firstName": "%s", "lastName": "%s",
                 "enabled": true, "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                .formatted(login, email, first, last, PASSWORD);
    }

}
