package fr.faireess.mobility.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.host.HostLanguage;

/**
 * What a host mentor reads exists in every host language, with the same placeholders as the English
 * text, and the pages of the mentor's links take every text from that bundle; a text missing in a
 * host language reads in English, never in French.
 */
class MentorBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/fr/faireess/mobility/i18n");
    /** The mentor's pages and what they include: every text they show must be in every host language. */
    private static final String[] MENTOR_PAGES = {"src/main/webapp/agreement/sign.xhtml", "src/main/webapp/agreement/certificate.xhtml",
        "src/main/webapp/WEB-INF/templates/mentor.xhtml", "src/main/webapp/WEB-INF/includes/placement/mentor-agreement.xhtml",
        "src/main/webapp/WEB-INF/includes/placement/certificate-fields.xhtml"};
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(Files.newInputStream(BUNDLES.resolve(file)), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /** The bundle holding a host language's texts: French is the base bundle, the others have a suffix. */
    private static Properties bundle(HostLanguage language) throws IOException {
        return load(language == HostLanguage.FR ? "mentor.properties" : "mentor_" + language.code() + ".properties");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyHostLanguageHasEveryKeyWithTheEnglishPlaceholders() throws IOException {
        Properties english = bundle(HostLanguage.EN);
        assertThat(english.stringPropertyNames()).contains("placement.mail.signLink.body", "agreement.sign.submit", "mail.signature");
        for (HostLanguage language : HostLanguage.values()) {
            Properties texts = bundle(language);
            assertThat(new TreeSet<>(texts.stringPropertyNames())).as(language.code())
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            for (String key : english.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as(language.code() + " " + key).isNotBlank();
                assertThat(placeholders(text)).as(language.code() + " " + key).isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @Test
    void facesOwnMessagesExistInEveryHostLanguage() throws IOException {
        Properties english = load("faces_en.properties");
        for (HostLanguage language : HostLanguage.values()) {
            Properties texts = load(language == HostLanguage.FR ? "faces.properties" : "faces_" + language.code() + ".properties");
            assertThat(new TreeSet<>(texts.stringPropertyNames())).as(language.code())
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(texts.getProperty(key))).as(language.code() + " " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @Test
    void everyApostropheIsDoubledSoMessageFormatKeepsTheWholeText() throws IOException {
        for (HostLanguage language : HostLanguage.values()) {
            Properties texts = bundle(language);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                assertThat(pattern.replace("''", "")).as(language.code() + " " + key).doesNotContain("'");
                String formatted = new MessageFormat(pattern, language.locale()).format(new Object[] {"A", "B", "C", "D", "E", "F"});
                assertThat(formatted).as(language.code() + " " + key).doesNotContain("''").doesNotContain("{");
            }
        }
    }

    @Test
    void theOtherLanguagesOfTheSchoolsBundlesAreNotHostLanguageBundles() throws IOException {
        // Only the mentor bundle exists in host languages: another bundle in Spanish would be half-translated pages.
        // The EU documents' bundle holds the Learning Agreement PDF's texts in them (la.* only, see
        // placement.AgreementLanguagesTest), printed under the French, never a page.
        try (var files = Files.list(BUNDLES)) {
            assertThat(files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches(".*_(es|ca|it|de|pt|nl)\\.properties"))
                    .filter(name -> !name.startsWith("mentor_") && !name.startsWith("faces_")
                            && !name.startsWith("eudocuments_")))
                    .isEmpty();
        }
    }

    @Test
    void theMentorsPagesShowOnlyTextsOfTheMentorBundle() throws IOException {
        Set<String> mentorKeys = bundle(HostLanguage.EN).stringPropertyNames();
        Pattern key = Pattern.compile("msg(?:\\['([a-zA-Z0-9.]+)'\\]|\\.format[23]?\\('([a-zA-Z0-9.]+)')");
        Set<String> used = new TreeSet<>();
        for (String page : MENTOR_PAGES) {
            Matcher m = key.matcher(Files.readString(Path.of(page)));
            while (m.find()) {
                used.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        assertThat(used).contains("agreement.sign.submit", "mentor.la.pdf", "placement.certificate.record");
        // The application's name is a brand, the same in every language.
        used.remove("app.name");
        assertThat(used).allSatisfy(k -> assertThat(mentorKeys).as("not in the mentor bundle").contains(k));
    }

    @Test
    void aHostLanguageReadsItsOwnTextsAndEnglishForAnythingElseNeverFrench() {
        assertThat(Messages.text(Locale.forLanguageTag("es"), "agreement.sign.submit")).isEqualTo("Firmo el Acuerdo de Aprendizaje");
        assertThat(Messages.text(Locale.GERMAN, "agreement.sign.submit")).isEqualTo("Ich unterzeichne das Learning Agreement");
        // Not a mentor's text: no German bundle, so the English one, whatever the server's own locale.
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(Messages.text(Locale.GERMAN, "login.submit")).isEqualTo(Messages.text(Locale.ENGLISH, "login.submit"))
                    .isNotEqualTo(Messages.text(Locale.FRENCH, "login.submit"));
        } finally {
            Locale.setDefault(server);
        }
        assertThat(Messages.text(Locale.FRENCH, "agreement.sign.submit")).isEqualTo("Je signe le contrat pédagogique");
        assertThat(Messages.text(Locale.ENGLISH, "agreement.sign.submit")).isEqualTo("I sign the Learning Agreement");
    }
}
