package fr.faireess.mobility.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;

import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestOidcProvider;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * Single sign-on over plain HTTP against the real provider ({@link TestOidcProvider}): the start
 * sends the browser off with PKCE, a state and a nonce; a callback is taken once, in the session
 * that started it, never in another (a stolen or injected callback address logs nobody in); without
 * an issuer there is no button and no SSO address. The browser journeys are {@link SsoBrowserIT}'s.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class SsoHttpIT {

    private static final RunningApp APP = RunningApp.get();

    @Test
    void theLoginPageOffersSingleSignOnExactlyWhenAnIssuerIsConfigured() {
        Page login = new WebClient(APP).get("/login.xhtml");
        if (TestOidcProvider.skipped()) {
            assertThat(login.document().getElementById("ssoLogin")).isNull();
            assertThat(new WebClient(APP).get(SsoLogin.START_PATH).status()).isEqualTo(404);
            assertThat(new WebClient(APP).get(SsoLogin.CALLBACK_PATH + "?state=a&code=b").status()).isEqualTo(404);
        } else {
            assertThat(login.document().getElementById("ssoLogin").attr("href")).isEqualTo("/sso/login");
        }
    }

    @Test
    void theStartSendsTheBrowserToTheProviderWithPkceStateAndNonce() {
        assumeFalse(TestOidcProvider.skipped(), "CI_SKIP_SSO=true");
        TestOidcProvider provider = TestOidcProvider.get();
        Page start = new WebClient(APP).get(SsoLogin.START_PATH);
        assertThat(start.status()).isEqualTo(302);
        String location = start.header("Location");
        assertThat(location).startsWith(provider.issuer() + "/protocol/openid-connect/auth?")
                .contains("response_type=code", "client_id=" + TestOidcProvider.CLIENT_ID,
                        "code_challenge_method=S256", "code_challenge=", "state=", "nonce=",
                        "redirect_uri=" + URLEncoder.encode(APP.url("/sso/callback"), StandardCharsets.UTF_8));
    }

    @Test
    void aForgedCallbackGetsTheRefusalPage() {
        assumeFalse(TestOidcProvider.skipped(), "CI_SKIP_SSO=true");
        WebClient web = new WebClient(APP);
        web.get(SsoLogin.START_PATH);   // a pending login of its own, with another state
        Page forged = web.get(SsoLogin.CALLBACK_PATH + "?state=forged&code=forged");
        assertThat(forged.redirectPath()).isEqualTo("/sso/refused.xhtml?reason=failed");
        Page refused = web.follow(forged.redirectPath());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.title()).isEqualTo("Connexion par l'authentification unique impossible");
        assertThat(web.get("/coordinator/index.xhtml").redirectPath()).startsWith("/login.xhtml");
    }

    @Test
    void aCallbackLogsInOnlyTheSessionThatStartedIt() {
        assumeTrue(!TestOidcProvider.skipped(), "CI_SKIP_SSO=true");
        TestOidcProvider provider = TestOidcProvider.get();
        Browserless coordinator = new Browserless();
        String callback = coordinator.throughTheProvider(TestOidcProvider.COORDINATOR_LOGIN);
        assertThat(callback).startsWith(APP.url("/sso/callback?")).contains("code=");

        // Someone who got hold of the address (a log, a shoulder) cannot use it in a session of their own…
        Browserless thief = new Browserless();
        thief.get(APP.url(SsoLogin.START_PATH));
        assertThat(thief.get(callback).headers().firstValue("Location").orElseThrow())
                .endsWith("/sso/refused.xhtml?reason=failed");
        // …nor can an answer that names another issuer (RFC 9207) be passed off as the provider's…
        assertThat(coordinator.get(callback.replaceAll("&iss=[^&]*", "") + "&iss=https%3A%2F%2Fevil.example.org")
                .headers().firstValue("Location").orElseThrow()).endsWith("/sso/refused.xhtml?reason=failed");
        callback = coordinator.throughTheProvider(TestOidcProvider.COORDINATOR_LOGIN);
        // …and the one it was meant for is logged in: the home of the coordinator role.
        HttpResponse<String> landed = coordinator.get(callback);
        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.headers().firstValue("Location").orElseThrow()).isEqualTo(APP.url("/"));
        assertThat(coordinator.get(APP.url("/coordinator/index.xhtml")).statusCode()).isEqualTo(200);
        assertThat(provider.issuer()).isNotBlank();
    }

    @Test
    void realTokensOfTheProviderForAnotherClientOrPastTheirExpiryAreRefused() throws Exception {
        assumeFalse(TestOidcProvider.skipped(), "CI_SKIP_SSO=true");
        TestOidcProvider provider = TestOidcProvider.get();
        // A real ID token, signed by Keycloak, issued to another application of the realm.
        String body = "grant_type=password&scope=openid&client_id=" + TestOidcProvider.OTHER_CLIENT_ID
                + "&username=" + TestOidcProvider.COORDINATOR_LOGIN + "&password=" + TestOidcProvider.PASSWORD;
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(provider.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String idToken;
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            idToken = reader.readObject().getString("id_token");
        }
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(
                URI.create(provider.issuer() + "/protocol/openid-connect/certs").toURL()).build();

        IdTokenValidator ours = new IdTokenValidator(provider.issuer(), TestOidcProvider.CLIENT_ID, keys, Clock.systemUTC());
        assertThatThrownBy(() -> ours.validate(idToken, "any"))
                .isInstanceOfSatisfying(IdTokenValidator.InvalidTokenException.class,
                        e -> assertThat(e.check()).isEqualTo("audience"));

        Clock anHourLater = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        IdTokenValidator later = new IdTokenValidator(provider.issuer(), TestOidcProvider.OTHER_CLIENT_ID, keys, anHourLater);
        assertThatThrownBy(() -> later.validate(idToken, "any"))
                .isInstanceOfSatisfying(IdTokenValidator.InvalidTokenException.class,
                        e -> assertThat(e.check()).isEqualTo("expired"));

        // The signature and issuer checks pass on a real token (the nonce is what a password grant lacks).
        IdTokenValidator theirs = new IdTokenValidator(provider.issuer(), TestOidcProvider.OTHER_CLIENT_ID, keys,
                Clock.systemUTC());
        assertThatThrownBy(() -> theirs.validate(idToken, "a nonce of a login of ours"))
                .isInstanceOfSatisfying(IdTokenValidator.InvalidTokenException.class,
                        e -> assertThat(e.check()).isEqualTo("nonce"));
    }

    /**
     * An HTTP client that follows the flow by hand, with a cookie jar per host and port (the
     * application's and the provider's). Written out because Keycloak marks its cookies
     * {@code Secure}, which a browser still sends to {@code http://localhost} and Java's
     * {@code CookieManager} does not.
     */
    private static final class Browserless {
        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private final Map<String, Map<String, String>> jars = new HashMap<>();

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        /**
         * Starts a login and fills the provider's own login form (unless the provider's session is still
         * open); returns the callback address it sends back.
         */
        String throughTheProvider(String login) {
            String authorize = get(APP.url(SsoLogin.START_PATH)).headers().firstValue("Location").orElseThrow();
            HttpResponse<String> loginPage = get(authorize);
            if (loginPage.statusCode() == 302) {
                return loginPage.headers().firstValue("Location").orElseThrow();   // still logged in at the provider
            }
            assertThat(loginPage.statusCode()).isEqualTo(200);
            Element form = Jsoup.parse(loginPage.body(), authorize).getElementById("kc-form-login");
            String body = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(TestOidcProvider.PASSWORD, StandardCharsets.UTF_8)
                    + "&credentialId=";
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            return answer.headers().firstValue("Location").orElseThrow();
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
                Map<String, String> jar = jars.computeIfAbsent(built.uri().getAuthority(), k -> new LinkedHashMap<>());
                if (!jar.isEmpty()) {
                    HttpRequest.Builder withCookies = HttpRequest.newBuilder(built, (name, value) -> true);
                    withCookies.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
                    built = withCookies.build();
                }
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                for (String cookie : response.headers().allValues("Set-Cookie")) {
                    String pair = cookie.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    if (equals > 0) {
                        jar.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                    }
                }
                return response;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
