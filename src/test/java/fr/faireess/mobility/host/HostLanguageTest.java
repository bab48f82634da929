package fr.faireess.mobility.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class HostLanguageTest {

    @Test
    void anUnknownOrMissingLanguageIsEnglish() {
        assertThat(HostLanguage.of(null)).isEqualTo(HostLanguage.EN);
        assertThat(HostLanguage.of("")).isEqualTo(HostLanguage.EN);
        assertThat(HostLanguage.of("el")).as("Greek: not a host language yet").isEqualTo(HostLanguage.EN);
        assertThat(HostLanguage.isSupported("el")).isFalse();
        assertThat(HostLanguage.isSupported(null)).isFalse();
    }

    @Test
    void aLanguageIsReadFromItsStoredCode() {
        assertThat(HostLanguage.of("de")).isEqualTo(HostLanguage.DE);
        assertThat(HostLanguage.of("ca").locale()).isEqualTo(Locale.forLanguageTag("ca"));
        assertThat(HostLanguage.isSupported("nl")).isTrue();
        assertThat(HostLanguage.ES.code()).isEqualTo("es");
    }
}
