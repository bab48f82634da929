package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import fr.faireess.mobility.host.HostLanguage;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * The Learning Agreement PDF's languages: French, then the mentor's language when the template's
 * texts exist in it, else English; every such language holds every text of the template.
 */
class AgreementLanguagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/fr/faireess/mobility/i18n");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(BUNDLES.resolve(file)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> templateKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(k -> k.startsWith("la.")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theHostsLanguageUnderTheFrenchEnglishWhenTheTemplateIsNotInIt() {
        assertThat(AgreementLanguages.FIRST).isEqualTo(Locale.FRENCH);
        assertThat(AgreementLanguages.second(HostLanguage.ES)).isEqualTo(SPANISH);
        assertThat(AgreementLanguages.second(HostLanguage.CA)).isEqualTo(Locale.forLanguageTag("ca"));
        assertThat(AgreementLanguages.second(HostLanguage.DE)).isEqualTo(Locale.GERMAN);
        assertThat(AgreementLanguages.second(HostLanguage.FR)).as("never French twice").isEqualTo(Locale.ENGLISH);
        assertThat(AgreementLanguages.second(HostLanguage.EN)).isEqualTo(Locale.ENGLISH);
        assertThat(AgreementLanguages.second((HostLanguage) null)).as("no mentor, or a language unknown").isEqualTo(Locale.ENGLISH);
    }

    @Test
    void everyTranslatedLanguageHoldsEveryTextOfTheTemplateAndNothingElse() throws IOException {
        Set<String> english = templateKeys(load("eudocuments_en.properties"));
        assertThat(templateKeys(load("eudocuments.properties"))).isEqualTo(english);
        for (HostLanguage language : AgreementLanguages.TRANSLATED) {
            Properties bundle = load("eudocuments_" + language.code() + ".properties");
            assertThat(bundle.stringPropertyNames()).as(language.code()).isEqualTo(english);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                assertThat(pattern.replace("''", "")).as(language.code() + " " + key).doesNotContain("'");
                String formatted = new MessageFormat(pattern, language.locale()).format(new Object[] {"A", "B", "C"});
                assertThat(formatted).as(language.code() + " " + key).doesNotContain("{").isNotBlank();
            }
        }
        // Every host language but French and English (which the base bundles cover) has the template.
        Set<HostLanguage> others = new TreeSet<>(Set.of(HostLanguage.values()));
        others.removeAll(Set.of(HostLanguage.FR, HostLanguage.EN));
        assertThat(AgreementLanguages.TRANSLATED).containsExactlyInAnyOrderElementsOf(others);
    }

    @Test
    void aSpanishHostsSheetPrintsEachLabelInFrenchThenInSpanish() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        BilingualSheet sheet = new BilingualSheet(document, AgreementLanguages.second(HostLanguage.ES));
        sheet.heading("la.tableA");
        PdfPTable table = sheet.table();
        sheet.row(table, "la.hoursPerWeek", "35");
        sheet.row(table, "la.recognition", sheet.both("la.recognition.VOLUNTARY"));
        sheet.add(table);
        document.close();

        String text = PlacementsIT.pdfText(out.toByteArray()).replaceAll("\\s+", " ");
        assertThat(text).contains("Tabla A — Programa de prácticas en la organización de acogida")
                .contains("Horas de trabajo por semana")
                .contains("Prácticas voluntarias (Suplemento Europeo al Título)");
        String french = Messages.text(Locale.FRENCH, "la.tableA");
        assertThat(text.indexOf(french)).as("French first").isGreaterThanOrEqualTo(0)
                .isLessThan(text.indexOf("Tabla A"));
        assertThat(text).doesNotContain("Traineeship programme at the receiving organisation");
    }

    @Test
    void countriesAndWordsAreInTheHostsLanguage() {
        assertThat(Messages.text(SPANISH, "la.yes")).isEqualTo("Sí");
        assertThat(Messages.text(SPANISH, "la.gender.FEMALE")).isEqualTo("Mujer");
        assertThat(Messages.text(Locale.GERMAN, "la.tableD")).startsWith("Tabelle D");
        assertThat(AgreementWords.studyCycle(6, SPANISH)).contains("nivel EQF 6");
    }
}
