package fr.faireess.mobility.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every text exists in French and English, and every key a page or the code uses exists. */
class I18nBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(resource))) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private final Properties fr = merged("");
    private final Properties en = merged("_en");

    /** All application bundles of one language, checking that no key is defined twice. */
    private static Properties merged(String suffix) {
        Properties all = new Properties();
        for (String bundle : Messages.BUNDLES) {
            Properties one = load("fr/faireess/mobility/i18n/" + bundle + suffix + ".properties");
            for (String key : one.stringPropertyNames()) {
                assertThat(all.containsKey(key)).as("key defined in two bundles: " + key).isFalse();
                all.setProperty(key, one.getProperty(key));
            }
        }
        return all;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        for (String bundle : Messages.BUNDLES) {
            assertThat(new TreeSet<>(load("fr/faireess/mobility/i18n/" + bundle + "_en.properties").stringPropertyNames()))
                    .as(bundle)
                    .isEqualTo(new TreeSet<>(load("fr/faireess/mobility/i18n/" + bundle + ".properties").stringPropertyNames()));
        }
        assertThat(new TreeSet<>(load("fr/faireess/mobility/i18n/faces_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("fr/faireess/mobility/i18n/faces.properties").stringPropertyNames()));
    }

    @Test
    void frenchIsTheBaseBundleSoNoRequestFallsBackToTheServerLocale() {
        assertThat(fr.getProperty("login.submit")).isEqualTo("Se connecter");
        for (String bundle : Messages.BUNDLES) {
            assertThat(load("fr/faireess/mobility/i18n/" + bundle + "_fr.properties")).as(bundle).isEmpty();
        }
        assertThat(load("ValidationMessages_fr.properties")).isEmpty();
    }

    @Test
    void everyTextIsAValidMessageFormatPattern() {
        for (Properties bundle : new Properties[] {fr, en}) {
            for (String key : bundle.stringPropertyNames()) {
                String formatted = new MessageFormat(bundle.getProperty(key), Locale.FRENCH).format(new Object[] {"x", "y"});
                assertThat(formatted).as(key).doesNotContain("''");
            }
        }
    }

    @Test
    void beanValidationMessagesAreTheSameTextsAsTheMainBundle() {
        Properties validationFr = load("ValidationMessages.properties");
        Properties validationEn = load("ValidationMessages_en.properties");
        for (String key : validationFr.stringPropertyNames()) {
            // Bean Validation names the limit {max}; the main bundle gets it as {0} (FieldLimits).
            assertThat(validationFr.getProperty(key).replace("{max}", "{0}")).as(key).isEqualTo(format(fr, key));
            assertThat(validationEn.getProperty(key).replace("{max}", "{0}")).as(key).isEqualTo(format(en, key));
        }
    }

    @Test
    void everyBeanValidationMessageOfTheCodeHasItsTextForThePages() throws IOException {
        Set<String> used = collect(JAVA, ".java", Pattern.compile("message = \"\\{([a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9.]+)\\}\""));
        assertThat(used).contains("field.tooLong", "reference.campus.tooLong");
        Properties validationFr = load("ValidationMessages.properties");
        Properties validationEn = load("ValidationMessages_en.properties");
        assertThat(used).allSatisfy(key -> {
            assertThat(validationFr.stringPropertyNames()).as("missing in ValidationMessages").contains(key);
            assertThat(validationEn.stringPropertyNames()).as("missing in ValidationMessages_en").contains(key);
        });
    }

    @Test
    void everyKeyUsedByAPageExists() throws IOException {
        Set<String> used = collect(WEBAPP, ".xhtml", Pattern.compile("msg(?:\\['([a-zA-Z0-9.]+)'\\]|\\.format[23]?\\('([a-zA-Z0-9.]+)')"));
        assertThat(used).isNotEmpty();
        // A key ending with a dot is a prefix completed in the page ('application.status.'.concat(s)).
        assertThat(used.stream().filter(key -> !key.endsWith(".")))
                .allSatisfy(key -> assertThat(fr.stringPropertyNames()).as("missing key").contains(key));
        assertThat(used.stream().filter(key -> key.endsWith(".")))
                .allSatisfy(prefix -> assertThat(fr.stringPropertyNames()).as("no key starts with " + prefix)
                        .anyMatch(key -> key.startsWith(prefix)));
    }

    @Test
    void everyKeyUsedByTheCodeExists() throws IOException {
        Set<String> used = collect(JAVA, ".java", Pattern.compile(
                "(?:BusinessException\\((?:\"[a-zA-Z]+\", )?\"|Messages\\.(?:info|error)\\(\"|Messages\\.fieldError\\(\"[^\"]+\", \"|message = \"\\{)"
                        + "([a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9.]+)[\"}]"));
        assertThat(used).contains("account.email.taken", "login.failed");
        assertThat(used).allSatisfy(key -> assertThat(fr.stringPropertyNames()).as("missing key").contains(key));
    }

    private static String format(Properties bundle, String key) {
        return new MessageFormat(bundle.getProperty(key), Locale.FRENCH).format(new Object[0]);
    }

    private static Set<String> collect(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            keys.add(m.group(g));
                        }
                    }
                }
            }
        }
        return keys;
    }
}
