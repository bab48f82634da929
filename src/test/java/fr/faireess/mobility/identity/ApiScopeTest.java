package fr.faireess.mobility.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.identity.ApiScope.Access;
import fr.faireess.mobility.identity.ApiScope.Feature;
import fr.faireess.mobility.platform.security.Role;

class ApiScopeTest {

    @Test
    void parsesSpacesOrCommasInAnyCaseAndStoresThemInOneOrder() {
        Set<ApiScope> scopes = ApiScope.parseAll(" hosts:WRITE, calls:read  Hosts:read ");
        assertThat(scopes).containsExactly(new ApiScope(Feature.CALLS, Access.READ),
                new ApiScope(Feature.HOSTS, Access.READ), new ApiScope(Feature.HOSTS, Access.WRITE));
        assertThat(ApiScope.format(scopes)).isEqualTo("calls:read hosts:read hosts:write");
        assertThat(ApiScope.parseAll(ApiScope.format(scopes))).isEqualTo(scopes);
    }

    @Test
    void refusesUnknownOrUnofferedScopes() {
        assertThatThrownBy(() -> ApiScope.parse("calls:write")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiScope.parse("admin:read")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiScope.parse("hosts")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiScope.parse("hosts:read:write")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiScope.parseAll("hosts:read nonsense")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ApiScope.parseAll("  ")).isEmpty();
        assertThat(ApiScope.parseAll(null)).isEmpty();
    }

    @Test
    void tokensAreLongRandomAndOnlyTheirHashIsKept() {
        String token = ApiTokens.newToken();
        assertThat(token).startsWith(ApiTokens.PREFIX).hasSize(ApiTokens.PREFIX.length() + 43);
        assertThat(ApiTokens.wellFormed(token)).isTrue();
        assertThat(ApiTokens.newToken()).isNotEqualTo(token);
        assertThat(ApiTokens.hash(token)).hasSize(64).matches("[0-9a-f]+").isEqualTo(ApiTokens.hash(token))
                .doesNotContain(token.substring(ApiTokens.PREFIX.length()));
        assertThat(ApiTokens.hint(token)).startsWith("mfe_").hasSize(11);
        assertThat(ApiTokens.wellFormed("mfe_short")).isFalse();
        assertThat(ApiTokens.wellFormed("Bearer " + token)).isFalse();
        assertThat(ApiTokens.wellFormed(token.substring(0, 46) + "!")).isFalse();
        assertThat(ApiTokens.wellFormed(null)).isFalse();
    }

    @Test
    void aClientsCampusNarrowsTheAccountsScopeAndNeverWidensIt() {
        CampusScope coordinatorBoth = CampusScope.of(Set.of(Role.COORDINATOR), "PERPIGNAN", true);
        CampusScope montpellierOnly = CampusScope.of(Set.of(Role.COORDINATOR), "MONTPELLIER", false);
        assertThat(coordinatorBoth.narrowedTo(null)).isEqualTo(coordinatorBoth);
        assertThat(coordinatorBoth.narrowedTo("PERPIGNAN").allows("PERPIGNAN")).isTrue();
        assertThat(coordinatorBoth.narrowedTo("PERPIGNAN").allows("MONTPELLIER")).isFalse();
        assertThat(montpellierOnly.narrowedTo("PERPIGNAN").allows("PERPIGNAN")).isFalse();
        assertThat(montpellierOnly.narrowedTo("PERPIGNAN").allows("MONTPELLIER")).isFalse();
        assertThat(montpellierOnly.narrowedTo("MONTPELLIER")).isEqualTo(montpellierOnly);
    }
}
