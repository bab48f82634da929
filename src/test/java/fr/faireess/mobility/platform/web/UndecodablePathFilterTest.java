package fr.faireess.mobility.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The filter in a Grizzly HTTP server of its own (the engine of Payara's listeners, without Payara):
 * undecodable paths are answered 400 before the server's handler, everything else reaches it.
 */
class UndecodablePathFilterTest {

    private final AtomicInteger handled = new AtomicInteger();
    private HttpServer server;
    private FilterChain chain;
    private int port;

    @BeforeEach
    void startServer() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = new HttpServer();
        NetworkListener listener = new NetworkListener("test", "127.0.0.1", port);
        server.addListener(listener);
        server.getServerConfiguration().addHttpHandler(new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws IOException {
                handled.incrementAndGet();
                response.getWriter().write("handled");
            }
        }, "/");
        server.start();
        chain = (FilterChain) listener.getTransport().getProcessor();
    }

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    @Test
    void theFilterGoesJustBeforeTheServersStepOnceAndComesOutAgain() {
        int size = chain.size();
        assertThat(UndecodablePathGuard.guard(chain)).isTrue();
        assertThat(UndecodablePathGuard.guard(chain)).as("guarding twice").isTrue();
        assertThat(chain.size()).isEqualTo(size + 1);
        int at = chain.indexOfType(UndecodablePathFilter.class);
        assertThat(chain.get(at + 1).getClass().getName()).isEqualTo(UndecodablePathGuard.CONTAINER_STEP);

        UndecodablePathGuard.unguard(chain);
        assertThat(chain.size()).isEqualTo(size);
        assertThat(chain.indexOfType(UndecodablePathFilter.class)).as("no filter left").isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%", "/%zz", "/login.xhtml%2", "/%%3"})
    void anUndecodablePathIsAnswered400WithTheSecurityHeadersAndNeverHandled(String path) throws IOException {
        UndecodablePathGuard.guard(chain);
        String answer = exchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).containsIgnoringCase("Connection: close")
                .containsIgnoringCase("X-Content-Type-Options: nosniff")
                .containsIgnoringCase("Content-Security-Policy: frame-ancestors 'none'")
                .containsIgnoringCase("Cache-Control: no-store")
                .endsWith("the address cannot be decoded.\n");
        assertThat(handled).hasValue(0);
    }

    @Test
    void aBodyOrAPipelinedRequestAfterAnUndecodablePathIsNotHandled() throws IOException {
        UndecodablePathGuard.guard(chain);
        String answer = exchange("POST /% HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nabcde"
                + "GET /next HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").doesNotContain("handled");
        assertThat(handled).hasValue(0);
    }

    @Test
    void aDecodablePathReachesTheServerOnTheSameConnectionAsBefore() throws IOException {
        UndecodablePathGuard.guard(chain);
        String answer = exchange("GET /a%20b HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /%C3%A9 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200").endsWith("handled");
        assertThat(handled).hasValue(2);
    }

    @Test
    void withoutTheFilterTheSameServerHandsAnUndecodablePathOn() throws IOException {
        String answer = exchange("GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer).doesNotStartWith("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain");
        assertThat(answer).doesNotContain("the address cannot be decoded");
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
