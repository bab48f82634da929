package fr.faireess.mobility.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * What a deployer reads about the settings is what the application reads: the README's
 * configuration table, config/mobility.env.example and the Docker files name exactly the keys of
 * {@link Settings}, with its defaults, and the image copies the WAR the build makes.
 */
class SettingsDocumentedTest {

    private static final Pattern ENV_NAME = Pattern.compile("\\bMOBILITY_[A-Z_]*[A-Z]\\b");

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }

    /** The environment variable of every key in {@link Settings} (mobility.db.url → MOBILITY_DB_URL). */
    private static Set<String> settingsVariables() {
        return Arrays.stream(Settings.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(SettingsDocumentedTest::value)
                .map(key -> key.toUpperCase().replace('.', '_'))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> names(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ENV_NAME.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** The README's configuration table: variable → its "Default" cell. */
    private static Map<String, String> readmeTable() throws IOException {
        Map<String, String> defaults = new java.util.TreeMap<>();
        for (String line : read("README.md").lines().filter(l -> l.startsWith("| `MOBILITY_")).toList()) {
            String[] cells = line.split("\\|");
            for (String name : names(cells[1])) {
                defaults.put(name, cells[2].trim());
            }
        }
        return defaults;
    }

    @Test
    void theReadmeTableListsEverySettingAndNoOther() throws IOException {
        assertThat(readmeTable().keySet()).isEqualTo(settingsVariables());
        assertThat(settingsVariables()).containsAll(names(read("README.md")));
    }

    @Test
    void theEnvironmentExampleListsEverySettingAndNoOther() throws IOException {
        String example = read("config/mobility.env.example");
        Set<String> assigned = example.lines()
                .map(l -> l.replaceFirst("^#", ""))
                .filter(l -> l.matches("MOBILITY_[A-Z_]+=.*"))
                .map(l -> l.substring(0, l.indexOf('=')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(assigned).isEqualTo(settingsVariables());
        assertThat(settingsVariables()).containsAll(names(example));
    }

    @Test
    void theReadmeDefaultsAreTheApplicationsDefaults() throws IOException {
        Map<String, String> table = readmeTable();
        Settings none = new Settings(key -> Optional.empty());
        assertThat(table.get("MOBILITY_DB_URL")).isEqualTo("*(empty)*");
        assertThat(none.embeddedDatabase()).isTrue();
        assertThat(table.get("MOBILITY_DB_USER")).startsWith("`" + none.dbUser() + "` (H2)");
        assertThat(table.get("MOBILITY_DB_PASSWORD")).isEqualTo("*(empty)*");
        assertThat(none.dbPassword()).isEmpty();
        assertThat(table.get("MOBILITY_DATA_DIR")).startsWith("`" + none.dataDir() + "`");
        assertThat(table.get("MOBILITY_DEMO")).isEqualTo("`true` with H2, `false` with MySQL");
        assertThat(none.demo()).isTrue();
        assertThat(new Settings(key -> Optional.ofNullable(Settings.DB_URL.equals(key) ? "jdbc:mysql://db/mobility" : null))
                .demo()).isFalse();
        assertThat(table.get("MOBILITY_PUBLIC_URL")).isEqualTo("`" + none.publicUrl() + "`");
        assertThat(table.get("MOBILITY_LOGIN_MAX_FAILURES")).isEqualTo("`" + none.loginMaxFailures() + "`");
        assertThat(table.get("MOBILITY_LOGIN_LOCK_MINUTES")).isEqualTo("`" + none.loginLockMinutes() + "`");
        assertThat(table.get("MOBILITY_SMTP_HOST")).isEqualTo("*(empty)*");
        assertThat(none.smtpConfigured()).isFalse();
        assertThat(table.get("MOBILITY_SMTP_PORT")).isEqualTo("`" + none.smtpPort() + "`");
        assertThat(table.get("MOBILITY_SMTP_USER")).isEqualTo("*(empty)*");
        assertThat(none.smtpUser()).isEmpty();
        assertThat(table.get("MOBILITY_SMTP_STARTTLS")).isEqualTo("`" + none.smtpStarttls() + "`");
        assertThat(table.get("MOBILITY_MAIL_FROM")).isEqualTo("`" + none.mailFrom() + "`");
        assertThat(table.get("MOBILITY_RETENTION_UNSELECTED_YEARS")).isEqualTo("`" + none.retentionUnselectedYears() + "`");
        assertThat(table.get("MOBILITY_RETENTION_MOBILITY_YEARS")).isEqualTo("`" + none.retentionMobilityYears() + "`");
        assertThat(table.get("MOBILITY_RETENTION_SENT_MAIL_DAYS")).isEqualTo("`" + none.retentionSentMailDays() + "`");
        assertThat(table.get("MOBILITY_RETENTION_LOGIN_FAILURE_DAYS")).isEqualTo("`" + none.retentionLoginFailureDays() + "`");
        assertThat(table.get("MOBILITY_RETENTION_MODULE_YEARS")).isEqualTo("`" + none.retentionModuleYears() + "`");
        assertThat(table.get("MOBILITY_RETENTION_UNSENT_MAIL_DAYS")).isEqualTo("`" + none.retentionUnsentMailDays() + "`");
        assertThat(table.get("MOBILITY_RETENTION_FORMER_STUDENT_YEARS")).isEqualTo("`" + none.retentionFormerStudentYears() + "`");
        assertThat(table.get("MOBILITY_PREFINANCING_PERCENT")).isEqualTo("`" + none.prefinancingPercent() + "`");
        assertThat(read("config/mobility.env.example")).contains("MOBILITY_PREFINANCING_PERCENT=" + none.prefinancingPercent());
    }

    @Test
    void theDockerFilesUseKnownSettingsTheBuiltWarAndThePomsPayara() throws IOException {
        String compose = read("docker/compose.yaml");
        String dockerfile = read("docker/Dockerfile");
        assertThat(settingsVariables()).containsAll(names(compose)).containsAll(names(dockerfile));
        assertThat(names(compose)).contains("MOBILITY_DB_URL", "MOBILITY_DB_USER", "MOBILITY_DB_PASSWORD");
        assertThat(compose).contains("jdbc:mysql://db:3306/").contains("image: mysql:8.4");

        String pom = read("pom.xml");
        String war = "target/" + tag(pom, "finalName") + ".war";
        assertThat(dockerfile).contains("COPY --chown=payara:payara " + war + " ");
        assertThat(read("docker/Dockerfile.dockerignore")).contains("!" + war);
        String image = "payara/micro:" + tag(pom, "payara.version") + "-jdk17";
        assertThat(dockerfile).contains("FROM " + image + "\n");
        assertThat(read("README.md")).contains(image);
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(xml);
        assertThat(m.find()).as(name + " in pom.xml").isTrue();
        return m.group(1).trim();
    }
}
