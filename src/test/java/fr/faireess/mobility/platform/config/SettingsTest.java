package fr.faireess.mobility.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Settings with(Map<String, String> values) {
        return new Settings(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void withoutConfigurationTheEmbeddedH2FileDatabaseInDotDataIsUsedInDemoMode() {
        Settings settings = with(Map.of());
        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:h2:file:./.data/mobility;MODE=LEGACY");
        assertThat(settings.dbUser()).isEqualTo("sa");
        assertThat(settings.dbPassword()).isEmpty();
        assertThat(settings.demo()).isTrue();
    }

    @Test
    void theDataDirectoryMovesTheH2File() {
        assertThat(with(Map.of(Settings.DATA_DIR, "/srv/mobility")).jdbcUrl())
                .isEqualTo("jdbc:h2:file:/srv/mobility/mobility;MODE=LEGACY");
    }

    @Test
    void aMysqlUrlSwitchesDatabaseAndTurnsDemoDataOffByDefault() {
        Settings settings = with(Map.of(Settings.DB_URL, "jdbc:mysql://db:3306/mobility", Settings.DB_USER, "mobility",
                Settings.DB_PASSWORD, "secret"));
        assertThat(settings.embeddedDatabase()).isFalse();
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:mysql://db:3306/mobility");
        assertThat(settings.dbUser()).isEqualTo("mobility");
        assertThat(settings.dbPassword()).isEqualTo("secret");
        assertThat(settings.demo()).isFalse();
        assertThat(with(Map.of(Settings.DB_URL, "jdbc:mysql://db/m", Settings.DEMO, "true")).demo()).isTrue();
    }

    @Test
    void anH2UrlAlwaysGetsTheLegacyModeEclipseLinkNeeds() {
        assertThat(with(Map.of(Settings.DB_URL, "jdbc:h2:mem:test")).jdbcUrl()).isEqualTo("jdbc:h2:mem:test;MODE=LEGACY");
        assertThat(with(Map.of(Settings.DB_URL, "jdbc:h2:mem:test;MODE=LEGACY")).jdbcUrl())
                .isEqualTo("jdbc:h2:mem:test;MODE=LEGACY");
    }

    @Test
    void blankValuesCountAsUnset() {
        Settings settings = with(Map.of(Settings.DB_URL, "  ", Settings.DEMO, "", Settings.LOGIN_MAX_FAILURES, " "));
        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.demo()).isTrue();
        assertThat(settings.loginMaxFailures()).isEqualTo(5);
    }

    @Test
    void loginLockSettingsHaveSafeDefaultsAndIgnoreNonsense() {
        assertThat(with(Map.of()).loginLockMinutes()).isEqualTo(15);
        assertThat(with(Map.of(Settings.LOGIN_MAX_FAILURES, "3")).loginMaxFailures()).isEqualTo(3);
        assertThat(with(Map.of(Settings.LOGIN_MAX_FAILURES, "abc")).loginMaxFailures()).isEqualTo(5);
        assertThat(with(Map.of(Settings.LOGIN_LOCK_MINUTES, "-2")).loginLockMinutes()).isEqualTo(15);
    }

    @Test
    void thePublicUrlAlwaysEndsWithASlash() {
        assertThat(with(Map.of()).publicUrl()).isEqualTo("http://localhost:8080/");
        assertThat(with(Map.of(Settings.PUBLIC_URL, "https://mobilite.faire-ess.fr")).publicUrl())
                .isEqualTo("https://mobilite.faire-ess.fr/");
    }

    @Test
    void withoutAnSmtpHostNothingIsSentAndTheDefaultsAreSubmissionWithStarttls() {
        Settings settings = with(Map.of());
        assertThat(settings.smtpConfigured()).isFalse();
        assertThat(settings.smtpHost()).isEmpty();
        assertThat(settings.smtpPort()).isEqualTo(587);
        assertThat(settings.smtpUser()).isEmpty();
        assertThat(settings.smtpPassword()).isEmpty();
        assertThat(settings.smtpStarttls()).isTrue();
        assertThat(settings.mailFrom()).isEqualTo("mobilite@faire-ess.fr");
        assertThat(with(Map.of(Settings.SMTP_HOST, "  ")).smtpConfigured()).isFalse();
    }

    @Test
    void theSmtpServerCredentialsAndSenderAreConfiguration() {
        Settings settings = with(Map.of(Settings.SMTP_HOST, " smtp.example.org ", Settings.SMTP_PORT, "2525",
                Settings.SMTP_USER, "mobilite", Settings.SMTP_PASSWORD, "secret", Settings.SMTP_STARTTLS, "false",
                Settings.MAIL_FROM, "international@irts-perpignan.fr"));
        assertThat(settings.smtpConfigured()).isTrue();
        assertThat(settings.smtpHost()).contains("smtp.example.org");
        assertThat(settings.smtpPort()).isEqualTo(2525);
        assertThat(settings.smtpUser()).contains("mobilite");
        assertThat(settings.smtpPassword()).isEqualTo("secret");
        assertThat(settings.smtpStarttls()).isFalse();
        assertThat(settings.mailFrom()).isEqualTo("international@irts-perpignan.fr");
        assertThat(with(Map.of(Settings.SMTP_PORT, "smtp")).smtpPort()).isEqualTo(587);
    }

    @Test
    void retentionPeriodsHaveTheDocumentedDefaultsAndIgnoreNonsense() {
        Settings defaults = with(Map.of());
        assertThat(defaults.retentionUnselectedYears()).isEqualTo(2);
        assertThat(defaults.retentionMobilityYears()).isEqualTo(7);
        assertThat(defaults.retentionSentMailDays()).isEqualTo(90);
        assertThat(defaults.retentionLoginFailureDays()).isEqualTo(30);
        assertThat(with(Map.of(Settings.RETENTION_MOBILITY_YEARS, "10")).retentionMobilityYears()).isEqualTo(10);
        assertThat(with(Map.of(Settings.RETENTION_SENT_MAIL_DAYS, "-1")).retentionSentMailDays()).isEqualTo(90);
    }

    @Test
    void theClockRunsOnTimeUnlessAnIsoPeriodMovesItForward() {
        assertThat(with(Map.of()).clockOffset()).isEqualTo(java.time.Period.ZERO);
        assertThat(with(Map.of(Settings.CLOCK_OFFSET, " ")).clockOffset()).isEqualTo(java.time.Period.ZERO);
        assertThat(with(Map.of(Settings.CLOCK_OFFSET, "P400D")).clockOffset()).isEqualTo(java.time.Period.ofDays(400));
        assertThat(with(Map.of(Settings.CLOCK_OFFSET, "P3Y")).clockOffset()).isEqualTo(java.time.Period.ofYears(3));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> with(Map.of(Settings.CLOCK_OFFSET, "400")).clockOffset())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("P400D");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> with(Map.of(Settings.CLOCK_OFFSET, "-P1D")).clockOffset())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("forward");
    }
}
