package fr.faireess.mobility.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * Requests no browser sends on its own: a forged {@code Host}, a post from another site, a form body
 * that cannot be read, methods the application does not serve. Each gets a clean 4xx (or the page it
 * would get anyway), never a server error, a stack trace or a SEVERE line in the log.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class HardeningHttpIT {

    private final RunningApp app = RunningApp.get();

    @Test
    void aRedirectIsWrittenOnThePublicAddressWhateverTheHostHeaderSays() throws Exception {
        URI base = URI.create(app.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /student/index.xhtml HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
            assertThat(head).startsWith("HTTP/1.1 302");
            assertThat(head).containsIgnoringCase("Location: " + app.url("/login.xhtml")).doesNotContain("evil.example");
        }
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndChangesNothing() {
        WebClient web = new WebClient(app);
        Map<String, String> credentials = Map.of("email", DemoAccounts.ADMIN, "password", DemoAccounts.PASSWORD);
        Page fromOrigin = web.submitWithHeaders(web.get("/login.xhtml"), "login", credentials, "submit",
                Map.of("Origin", "http://evil.example"));
        assertThat(fromOrigin.status()).isEqualTo(403);
        assertThat(fromOrigin.body()).doesNotContain("Exception");
        Page fromReferer = web.submitWithHeaders(web.get("/login.xhtml"), "login", credentials, "submit",
                Map.of("Referer", "http://evil.example/piege.html"));
        assertThat(fromReferer.status()).isEqualTo(403);
        assertThat(web.get("/admin/index.xhtml").status()).as("still anonymous").isEqualTo(302);

        Page fromItsOwnPage = web.submitWithHeaders(web.get("/login.xhtml"), "login", credentials, "submit",
                Map.of("Origin", app.baseUrl(), "Referer", app.url("/login.xhtml")));
        assertThat(fromItsOwnPage.isRedirect()).as("the login page's own post").isTrue();
        assertThat(web.get("/admin/index.xhtml").status()).isEqualTo(200);
    }

    @Test
    void aFormBodyThatCannotBeReadGetsThe400PageNotAServerError() {
        long logStart = app.logSize();
        WebClient web = new WebClient(app);
        Page login = web.get("/login.xhtml");
        String viewState = login.document().selectFirst("input[name=jakarta.faces.ViewState]").attr("value");
        Map<String, String> bodies = Map.of(
                "multipart/form-data; boundary=broken-part", "--broken-part\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\nlogin\r\n"
                        + "--broken-part\r\nContent-Disposition: form-data; name=\"jakarta.faces.ViewState\"\r\n\r\n" + viewState,
                "multipart/form-data", "--broken-part\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\nlogin\r\n--broken-part--\r\n");
        bodies.forEach((type, body) -> {
            Page answer = web.post("/login.xhtml", type, body.getBytes(StandardCharsets.UTF_8));
            assertThat(answer.status()).as(type).isEqualTo(400);
            assertThat(answer.title()).isEqualTo("Requête invalide");
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
        });
        assertThat(web.get("/login.xhtml").status()).as("the session goes on").isEqualTo(200);
        assertThat(app.logSince(logStart)).noneMatch(line -> line.contains("SEVERE"));
    }

    /**
     * A form body over the HTTP listener's limit (2 MB) is refused from its declared length, before it
     * is read: the client gets the 413 page at once, the log no server error.
     */
    @Test
    void aFormBodyTooLargeIsRefusedWithoutAServerError() throws IOException {
        long logStart = app.logSize();
        URI base = URI.create(app.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(("POST /login.xhtml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3000000\r\n\r\n"
                    + "login=login&login%3Aemail=" + "A".repeat(10_000)).getBytes(StandardCharsets.US_ASCII));
            String answer = readPage(socket);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("Requête invalide").doesNotContain("Exception");
        }
        assertThat(new WebClient(app).get("/login.xhtml").status()).isEqualTo(200);
        assertThat(app.logSince(logStart)).noneMatch(line -> line.contains("SEVERE"));
    }

    /** The answer up to the end of its page: the listener may keep waiting for the body it refused. */
    private static String readPage(Socket socket) throws IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            for (int read; !answer.toString().contains("</html>") && (read = socket.getInputStream().read(buffer)) > 0; ) {
                answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
        } catch (java.net.SocketTimeoutException e) {
            // what came is what there is
        }
        return answer.toString();
    }

    @Test
    void methodsFacesDoesNotKnowGetThe405LikeTheOthers() {
        WebClient web = new WebClient(app);
        for (String method : List.of("PATCH", "PROPFIND", "MKCOL", "FOO")) {
            Page refused = web.request(method, "/login.xhtml");
            assertThat(refused.status()).as(method).isEqualTo(405);
            assertThat(refused.header("Allow")).isEqualTo("GET, HEAD, POST");
            assertThat(refused.title()).as("the French error page").isEqualTo("Page introuvable");
        }
    }

    /**
     * A refused cross-site post's error page is rendered as a page of its own, not as a postback of
     * the refused form (whose view state belongs to another page).
     */
    @Test
    void theErrorPageOfARefusedPostIsThePageItself() {
        WebClient web = new WebClient(app);
        Page refused = web.submitWithHeaders(web.get("/login.xhtml"), "login",
                Map.of("email", DemoAccounts.ADMIN, "password", "x"), "submit", Map.of("Origin", "http://evil.example"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.title()).isEqualTo("Accès refusé");
    }

    /**
     * A path that cannot be percent-decoded ({@code GET /%}) would reach Payara's web container, which
     * logs SEVERE and answers an empty 200 (payara/Payara#8000): the listener's own step
     * ({@link UndecodablePathGuard}) answers it 400 first, with the headers of every response.
     */
    @Test
    void anUndecodablePathIsABadRequestAndLogsNothing() throws IOException {
        long logStart = app.logSize();
        URI base = URI.create(app.baseUrl());
        for (String path : List.of("/%", "/%zz", "/login.xhtml%2", "/student/%%3")) {
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertThat(answer).as(path).startsWith("HTTP/1.1 400")
                        .containsIgnoringCase("X-Content-Type-Options: nosniff")
                        .containsIgnoringCase("Cache-Control: no-store")
                        .doesNotContain("Exception").doesNotContain("<html");
            }
        }
        assertThat(new WebClient(app).get("/login.xhtml").status()).as("the next visitor").isEqualTo(200);
        assertThat(app.logSince(logStart)).noneMatch(line -> line.contains("SEVERE"));
    }
}
