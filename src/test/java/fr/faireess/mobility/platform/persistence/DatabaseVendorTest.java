package fr.faireess.mobility.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseVendorTest {

    @Test
    void theVendorAndItsDriverComeFromTheUrl() {
        assertThat(DatabaseVendor.of("jdbc:h2:file:./x")).isEqualTo(DatabaseVendor.H2);
        assertThat(DatabaseVendor.of("jdbc:mysql://localhost/m")).isEqualTo(DatabaseVendor.MYSQL);
        assertThat(DatabaseVendor.MYSQL.driverClass()).isEqualTo("com.mysql.cj.jdbc.Driver");
    }

    @Test
    void anUnsupportedUrlIsRefusedWithoutShowingCredentials() {
        assertThatThrownBy(() -> DatabaseVendor.of("jdbc:postgresql://h/db?password=secret"))
                .hasMessageContaining("jdbc:postgresql://h/db")
                .hasMessageNotContaining("secret");
    }

    @Test
    void redactionCutsTheQueryString() {
        assertThat(DatabaseVendor.redact("jdbc:mysql://h/db?user=root&password=x")).isEqualTo("jdbc:mysql://h/db?…");
        assertThat(DatabaseVendor.redact("jdbc:h2:file:./x")).isEqualTo("jdbc:h2:file:./x");
    }
}
