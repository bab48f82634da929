package fr.faireess.mobility.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormLoginMechanismTest {

    @Test
    void aRememberedPageInsideTheApplicationIsReopenedAfterLogin() {
        assertThat(FormLoginMechanism.safeReturnPath("/admin/accounts/list.xhtml?role=STUDENT"))
                .isEqualTo("/admin/accounts/list.xhtml?role=STUDENT");
    }

    @Test
    void anythingElseLeadsHome() {
        assertThat(FormLoginMechanism.safeReturnPath(null)).isEqualTo("/");
        assertThat(FormLoginMechanism.safeReturnPath("//evil.example/x")).isEqualTo("/");
        assertThat(FormLoginMechanism.safeReturnPath("https://evil.example/")).isEqualTo("/");
        assertThat(FormLoginMechanism.safeReturnPath("/\\evil.example")).isEqualTo("/");
        assertThat(FormLoginMechanism.safeReturnPath("/login.xhtml?expired=true")).isEqualTo("/");
        assertThat(FormLoginMechanism.safeReturnPath(42)).isEqualTo("/");
    }
}
