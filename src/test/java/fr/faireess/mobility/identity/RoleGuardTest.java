package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class RoleGuardTest {

    private static Account withRoles(Role... roles) {
        Account account = new Account("x@faire-ess.fr", "X", "Y", "hash", Instant.EPOCH);
        account.assignRoles(roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
        return account;
    }

    @Test
    void anActorHoldingOneOfTheRolesPasses() {
        Account coordinator = withRoles(Role.COORDINATOR);
        assertThat(RoleGuard.require(coordinator, Role.ADMIN, Role.COORDINATOR)).isSameAs(coordinator);
    }

    @Test
    void anActorWithoutTheRoleIsRefused() {
        assertThatThrownBy(() -> RoleGuard.require(withRoles(Role.STUDENT), Role.COORDINATOR))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("COORDINATOR");
    }

    @Test
    void nobodyAndDisabledAccountsAreRefused() {
        assertThatThrownBy(() -> RoleGuard.require(null, Role.STUDENT)).isInstanceOf(AccessDeniedException.class);
        Account admin = withRoles(Role.ADMIN);
        admin.setEnabled(false);
        assertThat(RoleGuard.allows(admin, Role.ADMIN)).isFalse();
        assertThat(RoleGuard.allows(withRoles(Role.ADMIN))).as("no role asked means nothing is allowed").isFalse();
    }
}
