package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void theLoginIsTrimmedAndCaseInsensitive() {
        assertThat(Account.normalizeEmail("  Lea.Vidal@Etudiant.FAIRE-ESS.fr ")).isEqualTo("lea.vidal@etudiant.faire-ess.fr");
        assertThat(Account.normalizeEmail(null)).isNull();
        Account account = new Account(" Nadia.Benali@IRTS-Perpignan.fr", " Nadia ", "Benali ", "hash", Instant.EPOCH);
        assertThat(account.getEmail()).isEqualTo("nadia.benali@irts-perpignan.fr");
        assertThat(account.getFullName()).isEqualTo("Nadia Benali");
    }

    @Test
    void eachRoleHasItsOwnHomePageAndLabel() {
        assertThat(EnumSet.allOf(Role.class)).extracting(Role::homePage).doesNotHaveDuplicates()
                .allMatch(page -> page.endsWith("/index.xhtml"));
        assertThat(Role.COORDINATOR.labelKey()).isEqualTo("role.COORDINATOR");
    }

    @Test
    void theFormCopiesAnAccountIncludingItsVersion() {
        Account account = new Account("a@b.fr", "A", "B", "hash", Instant.EPOCH);
        account.assignRoles(EnumSet.of(Role.TRAINER, Role.COORDINATOR));
        AccountForm form = AccountForm.of(account);
        assertThat(form.getRoles()).containsExactlyInAnyOrder(Role.TRAINER, Role.COORDINATOR);
        assertThat(form.getVersion()).isZero();
        form.setRoleArray(new Role[] {Role.ADMIN});
        assertThat(form.getRoles()).containsExactly(Role.ADMIN);
        form.setCampusCode(" ");
        assertThat(form.getCampusCode()).isNull();
    }
}
