package fr.faireess.mobility.identity.sso;

import java.io.StringReader;
import java.net.URI;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * What the provider's discovery document ({@code <issuer>/.well-known/openid-configuration}) tells
 * us: where to send the person, where to exchange the code, where the signing keys are and, if it
 * offers one, where to end its session (RP-initiated logout).
 */
public record ProviderMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
                               Optional<URI> endSessionEndpoint) {

    /** The discovery document's address for an issuer (OpenID Connect Discovery 1.0, section 4). */
    public static URI discoveryUri(String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return URI.create(base + "/.well-known/openid-configuration");
    }

    /**
     * Reads a discovery document, which must name exactly the configured issuer (Discovery 4.3:
     * otherwise another provider could stand in for ours).
     */
    public static ProviderMetadata parse(String json, String expectedIssuer) {
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            document = reader.readObject();
        }
        String issuer = document.getString("issuer", null);
        if (!expectedIssuer.equals(issuer)) {
            throw new IllegalStateException("The discovery document names the issuer " + issuer
                    + ", not the configured " + expectedIssuer);
        }
        return new ProviderMetadata(issuer, required(document, "authorization_endpoint"),
                required(document, "token_endpoint"), required(document, "jwks_uri"),
                Optional.ofNullable(document.getString("end_session_endpoint", null)).map(URI::create));
    }

    private static URI required(JsonObject document, String name) {
        String value = document.getString(name, null);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The discovery document has no " + name);
        }
        return URI.create(value);
    }
}
