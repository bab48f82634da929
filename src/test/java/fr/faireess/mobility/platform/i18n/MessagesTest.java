package fr.faireess.mobility.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Texts looked up once per language: the same answers as a search of every bundle, asked once or many times. */
class MessagesTest {

    @Test
    void aKeyOfAnyBundleIsFoundAndAnApostropheIsWrittenOnce() {
        // todo is the 14th bundle searched; its pattern doubles the apostrophe, as MessageFormat wants.
        for (int i = 0; i < 3; i++) {
            assertThat(Messages.text(Locale.FRENCH, "todo.WRITE_ANALYSIS.one")).isEqualTo("Rédiger une analyse d'incident critique");
        }
        assertThat(Messages.text(Locale.FRENCH, "todo.WRITE_ANALYSIS.many", 3)).isEqualTo("Rédiger 3 analyses d'incident critique");
        assertThat(Messages.text(Locale.ENGLISH, "todo.WRITE_ANALYSIS.one")).doesNotContain("Rédiger");
    }

    @Test
    void anUnknownKeyIsShownAsItIsEveryTime() {
        assertThat(Messages.text(Locale.FRENCH, "no.such.key")).isEqualTo("no.such.key");
        assertThat(Messages.text(Locale.FRENCH, "no.such.key")).isEqualTo("no.such.key");
        assertThat(Messages.text(Locale.FRENCH, "no.such.key", "x")).isEqualTo("no.such.key");
    }

    @Test
    void argumentsAreFormattedAtEachCallWithTheFrenchElision() {
        // "Prochain versement attendu : {0} de {1}"
        assertThat(Messages.text(Locale.FRENCH, "budget.payments.next", "le solde", "Inès Garcia"))
                .isEqualTo("Prochain versement attendu : le solde d'Inès Garcia");
        assertThat(Messages.text(Locale.FRENCH, "budget.payments.next", "le solde", "Marc Garcia"))
                .isEqualTo("Prochain versement attendu : le solde de Marc Garcia");
    }

    @Test
    void aHostLanguageReadsItsMentorTextsAndEnglishForTheRest() {
        Locale spanish = Locale.forLanguageTag("es");
        assertThat(Messages.text(spanish, "agreement.sign.title")).isEqualTo("Firma del Acuerdo de Aprendizaje");
        assertThat(Messages.text(spanish, "todo.WRITE_ANALYSIS.one")).isEqualTo(Messages.text(Locale.ENGLISH, "todo.WRITE_ANALYSIS.one"));
    }
}
