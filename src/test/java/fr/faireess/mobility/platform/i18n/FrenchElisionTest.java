package fr.faireess.mobility.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FrenchElisionTest {

    private static String format(String pattern, Object... args) {
        return new MessageFormat(FrenchElision.elide(pattern, args), Locale.FRENCH).format(args);
    }

    @Test
    void deBeforeAVowelIsElided() {
        assertThat(format("L''analyse de {0} a été validée.", "Inès Ferrer")).isEqualTo("L'analyse d'Inès Ferrer a été validée.");
        assertThat(format("Le stage de {1} chez {2}", "x", "Émilie", "Casal")).isEqualTo("Le stage d'Émilie chez Casal");
        assertThat(format("De {0} : un message", "Yanis")).isEqualTo("De Yanis : un message");
        assertThat(format("De {0} : un message", "Anaïs")).isEqualTo("D'Anaïs : un message");
    }

    @Test
    void nothingElseChanges() {
        assertThat(format("L''analyse de {0} a été validée.", "Léa Vidal")).isEqualTo("L'analyse de Léa Vidal a été validée.");
        assertThat(format("autorisation de {0} retirée", "Yasmine")).as("a Y stays").isEqualTo("autorisation de Yasmine retirée");
        assertThat(format("autorisation de {0} retirée", "Hugo")).as("an h may be aspirated").isEqualTo("autorisation de Hugo retirée");
        assertThat(format("Période de {0} jours", 45)).isEqualTo("Période de 45 jours");
        assertThat(format("Message : {0}", "une demande de Irlande")).as("values are never changed")
                .isEqualTo("Message : une demande de Irlande");
        assertThat(format("Stade {0}", "Inès")).as("only the word de").isEqualTo("Stade Inès");
        assertThat(FrenchElision.elide("Bonjour de {0}")).isEqualTo("Bonjour de {0}");
    }
}
