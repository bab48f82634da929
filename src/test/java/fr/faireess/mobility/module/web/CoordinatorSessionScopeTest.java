package fr.faireess.mobility.module.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;

class CoordinatorSessionScopeTest {

    private static final CampusScope MONTPELLIER_ONLY = CampusScope.of(Set.of(Role.COORDINATOR), "MONTPELLIER", false);
    private static final CampusScope BOTH = CampusScope.of(Set.of(Role.COORDINATOR), "PERPIGNAN", true);

    @Test
    void aCoordinatorOfOneCampusIsKeptToItWhateverTheAddressAsks() {
        assertThat(CoordinatorSessionListBacking.scopedCampus(MONTPELLIER_ONLY, "PERPIGNAN")).isEqualTo("MONTPELLIER");
        assertThat(CoordinatorSessionListBacking.scopedCampus(MONTPELLIER_ONLY, null)).isEqualTo("MONTPELLIER");
        assertThat(CoordinatorSessionListBacking.scopedCampus(MONTPELLIER_ONLY, "MONTPELLIER")).isEqualTo("MONTPELLIER");
    }

    @Test
    void aCoordinatorOfBothCampusesChoosesOrSeesBoth() {
        assertThat(CoordinatorSessionListBacking.scopedCampus(BOTH, null)).isNull();
        assertThat(CoordinatorSessionListBacking.scopedCampus(BOTH, "MONTPELLIER")).isEqualTo("MONTPELLIER");
    }

    @Test
    void aCoordinatorWithoutCampusSeesNoSession() {
        CampusScope none = CampusScope.of(Set.of(Role.COORDINATOR), null, false);
        assertThat(CoordinatorSessionListBacking.scopedCampus(none, "PERPIGNAN")).isEqualTo("-");
    }
}
