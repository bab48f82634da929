package fr.faireess.mobility.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A plain HTTP client with its own session (cookie jar) that speaks to {@link RunningApp} the way a
 * browser's form posts do, without JavaScript. Redirects are not followed, so tests see them.
 */
public final class WebClient {

    private final RunningApp app;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebClient(RunningApp app) {
        this.app = app;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public CookieManager cookies() {
        return cookies;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(app.url(path))).GET());
    }

    /** Any HTTP method without a body (PUT, DELETE, OPTIONS…), as a forged request would send it. */
    public Page request(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(app.url(path))).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * Submits form {@code formId} of {@code page} like {@link #submit}, but with the view state replaced
     * by {@code viewState}: a forged or corrupted post.
     */
    public Page submitWithViewState(Page page, String formId, String viewState) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form '" + formId + "' on " + page.path());
        }
        String body = enc(formId) + "=" + enc(formId) + "&" + enc("jakarta.faces.ViewState") + "=" + enc(viewState);
        String action = form.attr("action").isEmpty() ? page.path() : form.attr("action");
        return send(HttpRequest.newBuilder(URI.create(app.url(action)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST of a body built by the caller (a hand-made form or multipart body, well-formed or not). */
    public Page post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** GET, then follow redirects inside the application (at most 5). */
    public Page follow(String path) {
        Page page = get(path);
        for (int i = 0; i < 5 && page.isRedirect(); i++) {
            page = get(page.redirectPath());
        }
        return page;
    }

    /**
     * Submits form {@code formId} of {@code page} with the given field values and button, adding what
     * a browser would: the view state, and the PrimeFaces CSP nonce that its script adds.
     */
    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
        return submit(page, formId, fields, buttonId, Map.of());
    }

    /**
     * The same, plus request parameters a browser would not send ({@code extra}, unprefixed): for
     * tests that forge a request, e.g. another record's id as a view parameter on a form post.
     */
    public Page submit(Page page, String formId, Map<String, String> fields, String buttonId, Map<String, String> extra) {
        return send(formPost(page, formId, fields, buttonId, extra));
    }

    /** The same, with request headers of the caller's choosing ({@code Origin}, {@code Referer}…). */
    public Page submitWithHeaders(Page page, String formId, Map<String, String> fields, String buttonId,
                                  Map<String, String> headers) {
        HttpRequest.Builder request = formPost(page, formId, fields, buttonId, Map.of());
        headers.forEach(request::header);
        return send(request);
    }

    /** Submits a form whose answer is a file (a download), kept as bytes. */
    public Download download(Page page, String formId, String buttonId) {
        try {
            HttpResponse<byte[]> response = client.send(formPost(page, formId, Map.of(), buttonId, Map.of())
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET of a file (a download), kept as bytes. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(app.url(path))).GET()
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A downloaded file: status, type, disposition and bytes. */
    public record Download(int status, String contentType, String disposition, byte[] body) {
    }

    private HttpRequest.Builder formPost(Page page, String formId, Map<String, String> fields, String buttonId,
                                         Map<String, String> extra) {
        Element form = page.document().getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form '" + formId + "' on " + page.path());
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put(formId, formId);
        fields.forEach((name, value) -> data.put(formId + ":" + name, value));
        data.put(formId + ":" + buttonId, "");
        Element viewState = form.selectFirst("input[name=jakarta.faces.ViewState]");
        if (viewState != null) {
            data.put("jakarta.faces.ViewState", viewState.attr("value"));
        }
        Element nonce = page.document().selectFirst("script[nonce]");
        if (nonce != null) {
            data.put("primefaces.nonce", nonce.attr("nonce"));
        }
        data.putAll(extra);
        String body = data.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        String action = form.attr("action").isEmpty() ? page.path() : form.attr("action");
        return HttpRequest.newBuilder(URI.create(app.url(action)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Logs in through the login form; returns the response to the form post. */
    public Page login(String email, String password) {
        Page loginPage = get("/login.xhtml");
        return submit(loginPage, "login", Map.of("email", email, "password", password), "submit");
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response, app.baseUrl());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One response, with its HTML parsed. */
    public record Page(HttpResponse<String> response, String baseUrl) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String path() {
            return response.uri().getRawPath();
        }

        public Document document() {
            return Jsoup.parse(body(), response.uri().toString());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public boolean isRedirect() {
            return status() == 301 || status() == 302 || status() == 303;
        }

        /** The redirect target as a path inside the application. */
        public String redirectPath() {
            String location = header("Location");
            return location.startsWith(baseUrl) ? location.substring(baseUrl.length()) : location;
        }

        public String title() {
            Element h1 = document().selectFirst("h1");
            return h1 == null ? "" : h1.text();
        }

        /** Text of the error message shown next to field {@code clientId}, or "" if none. */
        public String messageFor(String clientId) {
            Element message = document().getElementById(clientId + "Message");
            if (message == null) {
                message = document().selectFirst("[id='" + clientId + "'] ~ .ui-message");
            }
            return message == null ? "" : message.text();
        }
    }
}
