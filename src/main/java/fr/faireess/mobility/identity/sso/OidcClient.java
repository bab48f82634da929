package fr.faireess.mobility.identity.sso;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;

import fr.faireess.mobility.platform.config.Settings;

/**
 * The application as an OpenID Connect client (authorization-code flow with PKCE, confidential
 * client authenticated with {@code client_secret_basic}). Reads the provider's discovery document
 * on first use and keeps it; the signing keys (JWKS) are cached and fetched again when a token names
 * a key we do not know (the provider rotated its keys). Nothing is contacted at start-up: the
 * application starts even when the provider is down, and single sign-on works once it is back.
 */
@ApplicationScoped
public class OidcClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Settings settings = Settings.fromConfig();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile ProviderMetadata metadata;
    private volatile IdTokenValidator validator;

    public boolean enabled() {
        return settings.ssoEnabled();
    }

    public String emailClaim() {
        return settings.oidcEmailClaim();
    }

    /** The provider's metadata, read once (again after a failure). */
    public ProviderMetadata metadata() {
        ProviderMetadata known = metadata;
        if (known == null) {
            synchronized (this) {
                if (metadata == null) {
                    String issuer = settings.oidcIssuer().orElseThrow(() -> new IllegalStateException("SSO is off"));
                    ProviderMetadata read = ProviderMetadata.parse(get(ProviderMetadata.discoveryUri(issuer)), issuer);
                    JWKSource<SecurityContext> keys = JWKSourceBuilder
                            .create(toUrl(read.jwksUri()), new DefaultResourceRetriever(10_000, 10_000, 512 * 1024))
                            .retrying(true).build();
                    validator = new IdTokenValidator(issuer, settings.oidcClientId(), keys, Clock.systemUTC());
                    metadata = read;
                }
                known = metadata;
            }
        }
        return known;
    }

    /** Where to send the browser to log in: the provider's authorization endpoint with this login's values. */
    public URI authorizationUri(PendingLogin login, String redirectUri) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.oidcClientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid email profile");
        query.put("state", login.state());
        query.put("nonce", login.nonce());
        query.put("code_challenge", Pkce.challenge(login.codeVerifier()));
        query.put("code_challenge_method", "S256");
        URI endpoint = metadata().authorizationEndpoint();
        return URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + form(query));
    }

    /** Exchanges the code at the token endpoint and returns the ID token's checked claims and raw form. */
    public SignedIn exchange(String code, PendingLogin login, String redirectUri) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", login.codeVerifier());
        // client_secret_basic: both parts form-encoded first (RFC 6749, 2.3.1).
        String basic = Base64.getEncoder().encodeToString((encode(settings.oidcClientId()) + ":"
                + encode(settings.oidcClientSecret())).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(metadata().tokenEndpoint()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build();
        JsonObject answer = json(send(request, "token endpoint", true));
        String idToken = answer.getString("id_token", null);
        if (idToken == null) {
            throw new IllegalStateException("The token endpoint answered without an ID token");
        }
        return new SignedIn(validator.validate(idToken, login.nonce()), idToken);
    }

    /**
     * The provider's logout address for a session that started with this ID token, coming back to
     * {@code afterLogout}; empty when the provider offers no RP-initiated logout.
     */
    public Optional<URI> endSessionUri(String idToken, String afterLogout) {
        return metadata().endSessionEndpoint().map(endpoint -> {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("id_token_hint", idToken);
            query.put("client_id", settings.oidcClientId());
            query.put("post_logout_redirect_uri", afterLogout);
            return URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + form(query));
        });
    }

    /** The checked claims of a successful login and the ID token itself (the logout's hint). */
    public record SignedIn(JWTClaimsSet claims, String idToken) {
    }

    private String get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build(),
                "discovery", false);
    }

    private String send(HttpRequest request, String what, boolean tokenEndpoint) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                // A token endpoint's error body is an OAuth error code and description, no secret.
                throw new IllegalStateException("The provider's " + what + " answered " + response.statusCode()
                        + (tokenEndpoint ? ": " + abbreviate(response.body()) : ""));
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("The provider's " + what + " could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static java.net.URL toUrl(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
