package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CampusScopeTest {

    private static final String PERPIGNAN = "PERPIGNAN";
    private static final String MONTPELLIER = "MONTPELLIER";

    @Test
    void aCoordinatorSeesTheirOwnCampusOnly() {
        CampusScope scope = CampusScope.of(EnumSet.of(Role.COORDINATOR), MONTPELLIER, false);
        assertThat(scope.isAll()).isFalse();
        assertThat(scope.campuses()).containsExactly(MONTPELLIER);
        assertThat(scope.allows(MONTPELLIER)).isTrue();
        assertThat(scope.allows(PERPIGNAN)).isFalse();
        assertThat(scope.allows(null)).as("a student without a campus").isFalse();
    }

    @Test
    void aCoordinatorAllowedToSeeBothCampusesSeesEveryCampus() {
        CampusScope scope = CampusScope.of(EnumSet.of(Role.COORDINATOR), PERPIGNAN, true);
        assertThat(scope.isAll()).isTrue();
        assertThat(scope.allows(PERPIGNAN)).isTrue();
        assertThat(scope.allows(MONTPELLIER)).isTrue();
        assertThat(scope.allowsAll(List.of(PERPIGNAN, MONTPELLIER))).isTrue();
    }

    @Test
    void adminsSeeEveryCampusWithOrWithoutACampusOfTheirOwn() {
        assertThat(CampusScope.of(EnumSet.of(Role.ADMIN), null, false).isAll()).isTrue();
        assertThat(CampusScope.of(EnumSet.of(Role.ADMIN, Role.COORDINATOR), MONTPELLIER, false).allows(PERPIGNAN)).isTrue();
    }

    @Test
    void aTrainerSeesTheirCampusUnlessAllowedBothAndStudentsHaveNoScope() {
        // Issue #16: trainers' sessions are scoped like coordinators' files (the setting widens them too).
        CampusScope trainer = CampusScope.of(EnumSet.of(Role.TRAINER), PERPIGNAN, false);
        assertThat(trainer.isAll()).isFalse();
        assertThat(trainer.campuses()).containsExactly(PERPIGNAN);
        assertThat(CampusScope.of(EnumSet.of(Role.TRAINER), PERPIGNAN, true).isAll()).isTrue();
        CampusScope student = CampusScope.of(EnumSet.of(Role.STUDENT), PERPIGNAN, true);
        assertThat(student.allows(PERPIGNAN)).isFalse();
        assertThat(student.campuses()).isEmpty();
    }

    @Test
    void staffWithoutACampusSeeNothing() {
        CampusScope scope = CampusScope.of(EnumSet.of(Role.COORDINATOR), null, false);
        assertThat(scope.allows(PERPIGNAN)).isFalse();
        assertThat(scope.allows(MONTPELLIER)).isFalse();
        assertThat(CampusScope.of(EnumSet.of(Role.COORDINATOR), " ", false).allows(" ")).isFalse();
        assertThat(CampusScope.of((Account) null).allows(PERPIGNAN)).isFalse();
    }

    @Test
    void aCallForBothCampusesIsSeenByBothCoordinatorsButChangedOnlyByOneWhoSeesBoth() {
        Set<String> both = Set.of(PERPIGNAN, MONTPELLIER);
        CampusScope montpellier = CampusScope.of(EnumSet.of(Role.COORDINATOR), MONTPELLIER, false);
        CampusScope perpignan = CampusScope.of(EnumSet.of(Role.COORDINATOR), PERPIGNAN, false);
        assertThat(montpellier.allowsAny(both)).isTrue();
        assertThat(perpignan.allowsAny(both)).isTrue();
        assertThat(montpellier.allowsAll(both)).isFalse();
        assertThat(montpellier.allowsAll(Set.of(MONTPELLIER))).isTrue();
        assertThat(montpellier.allowsAny(Set.of(PERPIGNAN))).isFalse();
        assertThat(CampusScope.of(EnumSet.of(Role.COORDINATOR), MONTPELLIER, true).allowsAll(both)).isTrue();
    }

    @Test
    void theQueryConditionLimitsToTheScopeAndMatchesNothingForAnEmptyOne() {
        CampusScope own = CampusScope.of(EnumSet.of(Role.COORDINATOR), MONTPELLIER, false);
        assertThat(own.condition("s.campus.code")).contains("s.campus.code in :" + CampusScope.PARAMETER);
        assertThat(own.needsParameter()).isTrue();
        assertThat(CampusScope.all().condition("s.campus.code")).isEmpty();
        assertThat(CampusScope.all().needsParameter()).isFalse();
        CampusScope none = CampusScope.of(EnumSet.of(Role.STUDENT), MONTPELLIER, false);
        assertThat(none.condition("s.campus.code")).contains("1 = 0");
        assertThat(none.needsParameter()).isFalse();
    }

    @Test
    void anAccountsScopeFollowsItsRolesAndSetting() {
        assertThat(new AccountForm().isSeesBothCampuses()).as("off for a new account").isFalse();
        Account account = new Account("c@b.fr", "C", "B", "hash", Instant.EPOCH);
        account.assignRoles(EnumSet.of(Role.COORDINATOR));
        assertThat(account.isSeesBothCampuses()).isFalse();
        assertThat(CampusScope.of(account).allows(PERPIGNAN)).as("a coordinator without a campus").isFalse();
        account.seeBothCampuses(true);
        assertThat(CampusScope.of(account).isAll()).isTrue();
        assertThat(AccountForm.of(account).isSeesBothCampuses()).as("the admin's form shows the setting").isTrue();
    }
}
