package fr.faireess.mobility.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** PKCE values and the discovery document's reading. */
class PkceTest {

    @Test
    void theS256ChallengeIsRfc7636sExample() {
        // RFC 7636, appendix B.
        assertThat(Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void randomValuesAreLongUnpaddedAndDifferent() {
        String one = Pkce.randomValue();
        assertThat(one).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Pkce.randomValue()).isNotEqualTo(one);
    }

    @Test
    void theDiscoveryDocumentMustNameTheConfiguredIssuer() {
        String json = """
                {"issuer":"https://idp.example.org/realms/school",
                 "authorization_endpoint":"https://idp.example.org/auth",
                 "token_endpoint":"https://idp.example.org/token",
                 "jwks_uri":"https://idp.example.org/certs",
                 "end_session_endpoint":"https://idp.example.org/logout"}""";
        ProviderMetadata metadata = ProviderMetadata.parse(json, "https://idp.example.org/realms/school");
        assertThat(metadata.tokenEndpoint()).isEqualTo(URI.create("https://idp.example.org/token"));
        assertThat(metadata.endSessionEndpoint()).contains(URI.create("https://idp.example.org/logout"));
        assertThatThrownBy(() -> ProviderMetadata.parse(json, "https://other.example.org/"))
                .hasMessageContaining("issuer");
        assertThat(ProviderMetadata.parse(json.replace(",\n \"end_session_endpoint\":\"https://idp.example.org/logout\"", ""),
                "https://idp.example.org/realms/school").endSessionEndpoint()).isEqualTo(Optional.empty());
        assertThat(ProviderMetadata.discoveryUri("https://cas.example.org/cas/oidc/"))
                .isEqualTo(URI.create("https://cas.example.org/cas/oidc/.well-known/openid-configuration"));
    }
}
