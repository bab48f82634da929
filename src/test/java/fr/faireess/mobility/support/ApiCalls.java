package fr.faireess.mobility.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/**
 * Calls of the REST API as another system makes them: a bearer token (or none), JSON in and out,
 * no cookie. The demo's API clients (db/demo V23) and their public tokens are named here.
 */
public final class ApiCalls {

    /** Demo clients: sophie (admin) with every scope; sophie narrowed to Perpignan (hosts:read, students:write). */
    public static final String ADMIN_ALL = "mfe_demoAdminallxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    public static final String ADMIN_PERPIGNAN = "mfe_demoAdminperpignanxxxxxxxxxxxxxxxxxxxxxxxxx";
    /** Nadia (coordinator seeing both campuses): every read scope and hosts:write; the same narrowed to Perpignan (reads). */
    public static final String COORDINATOR_BOTH = "mfe_demoCoordbothxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    public static final String COORDINATOR_PERPIGNAN = "mfe_demoCoordperpignanxxxxxxxxxxxxxxxxxxxxxxxxx";
    /** Julien (coordinator, Montpellier only): every read scope. */
    public static final String COORDINATOR_MONTPELLIER = "mfe_demoCoordmontpellierxxxxxxxxxxxxxxxxxxxxxxx";
    /** Marta (trainer, Perpignan): hosts:read, module:read, module:write. */
    public static final String TRAINER = "mfe_demoTrainerxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    /** Nadia: testimonies:read only. */
    public static final String WEBSITE = "mfe_demoWebsitexxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    /** Nadia: testimonies:read, for the rate-limit test only (its bucket is emptied). */
    public static final String RATE_LIMITED = "mfe_demoRatelimitxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    public static final String EXPIRED = "mfe_demoExpiredxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    public static final String REVOKED = "mfe_demoRevokedxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    private final RunningApp app;
    // HTTP/1.1, as most integration scripts speak it (and curl without --http2).
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public ApiCalls(RunningApp app) {
        this.app = app;
    }

    public Answer get(String token, String path) {
        return send(token, "GET", path, null, null, Map.of());
    }

    public Answer send(String token, String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        return exchange(token, method, path, contentType,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    /** A body sent in chunks, without a Content-Length (its size is known only once read). */
    public Answer sendChunked(String token, String path, String contentType, byte[] body) {
        return exchange(token, "POST", path, contentType,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)), Map.of());
    }

    private Answer exchange(String token, String method, String path, String contentType, HttpRequest.BodyPublisher body,
                        Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, String> answerHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((k, v) -> answerHeaders.put(k.toLowerCase(), String.join(", ", v)));
            return new Answer(response.statusCode(), answerHeaders, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer json(String token, String method, String path, String json, Map<String, String> headers) {
        return send(token, method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public JsonObject object() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }
}
