package fr.faireess.mobility.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The purge deletes records and their dependants with SQL of its own, listed by hand: a table added
 * later that refers to a purged table (an application, directly or through a placement, an agreement
 * or a testimony; a critical incident; an attendance mark; an account) and is not in the lists would
 * make the purge stop on its foreign key — or, for an account, delete it while a row still points at
 * it. This reads the foreign keys from the migrations, so forgetting a table fails here rather than
 * at 03:30 one night.
 */
class PurgeCascadeTest {

    /** A table's statement: its creation, or a change adding a key to it afterwards. */
    private static final Pattern TABLE_STATEMENT = Pattern.compile("(?:CREATE|ALTER)\\s+TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCES = Pattern.compile("REFERENCES\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOREIGN_KEY = Pattern.compile("FOREIGN\\s+KEY\\s*\\(\\s*(\\w+)\\s*\\)\\s*REFERENCES\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DELETE_FROM = Pattern.compile("DELETE\\s+FROM\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    /** One foreign key: {@code table.column} refers to {@code target}. */
    private record ForeignKey(String table, String column, String target) {
    }

    private static List<ForeignKey> foreignKeys;

    @BeforeAll
    static void readMigrations() throws IOException {
        foreignKeys = foreignKeysFromMigrations();
    }

    @Test
    void everyTableThatHangsOffAnApplicationIsInThePurgeCascade() {
        Set<String> dependants = dependants("mobility_application");
        Set<String> purged = deletedTables(RetentionPurge.APPLICATION_CASCADE);
        assertThat(dependants).as("found in the migrations").contains("placement", "testimony", "application_document");
        assertThat(purged).containsAll(dependants).contains("mobility_application");
    }

    @Test
    void everyTableThatHangsOffAModuleRowIsInItsCascade() {
        assertThat(deletedTables(ModulePurge.INCIDENT_CASCADE))
                .containsAll(dependants("critical_incident")).contains("critical_incident");
        assertThat(deletedTables(ModulePurge.ATTENDANCE_CASCADE))
                .containsAll(dependants("module_attendance")).contains("module_attendance");
        // The mail purges delete outbox rows alone.
        assertThat(dependants("mail_outbox")).isEmpty();
    }

    @Test
    void everyColumnThatRefersToAnAccountKeepsItOrGoesWithIt() {
        Set<String> columns = new HashSet<>();
        for (ForeignKey key : foreignKeys) {
            if (key.target().equals("account")) {
                columns.add(key.table() + "." + key.column());
            }
        }
        Set<String> deleted = deletedTables(AccountPurge.ACCOUNT_CASCADE);
        Set<String> handled = new HashSet<>(AccountPurge.ACCOUNT_REFERENCES);
        columns.stream().filter(c -> deleted.contains(c.substring(0, c.indexOf('.')))).forEach(handled::add);
        assertThat(columns).as("found in the migrations")
                .contains("account_role.account_id", "mobility_application.student_id", "critical_incident.reviewer_id");
        assertThat(handled).as("checked or deleted by the account purge").isEqualTo(columns);
        assertThat(deleted).contains("account");
        // What goes with an account (its roles) must have no dependants of its own left behind.
        deleted.stream().filter(table -> !table.equals("account"))
                .forEach(table -> assertThat(dependants(table)).as("referring to " + table).isSubsetOf(deleted));
    }

    @Test
    void everyForeignKeyIsWrittenAsAConstraintTheTestsRead() throws IOException {
        // An inline "col BIGINT REFERENCES t" would escape the column-level check above.
        long references = 0;
        try (Stream<Path> files = migrations()) {
            for (Path file : files.toList()) {
                references += REFERENCES.matcher(Files.readString(file)).results().count();
            }
        }
        assertThat(foreignKeys).hasSize((int) references);
    }

    /** Every table that refers to {@code root}, directly or through another. */
    private static Set<String> dependants(String root) {
        Set<String> dependants = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(root));
        while (!toVisit.isEmpty()) {
            String target = toVisit.pop();
            for (ForeignKey key : foreignKeys) {
                if (key.target().equals(target) && !key.table().equals(root) && dependants.add(key.table())) {
                    toVisit.push(key.table());
                }
            }
        }
        return dependants;
    }

    private static Set<String> deletedTables(List<String> cascade) {
        Set<String> purged = new HashSet<>();
        for (String statement : cascade) {
            Matcher m = DELETE_FROM.matcher(statement);
            assertThat(m.find()).as(statement).isTrue();
            purged.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return purged;
    }

    private static Stream<Path> migrations() throws IOException {
        return Files.list(Path.of("src/main/resources/db/migration")).filter(f -> f.toString().endsWith(".sql"));
    }

    /** The foreign keys of the migrations, each under the table whose CREATE TABLE holds it. */
    private static List<ForeignKey> foreignKeysFromMigrations() throws IOException {
        List<ForeignKey> keys = new ArrayList<>();
        try (Stream<Path> files = migrations()) {
            for (Path file : files.toList()) {
                String sql = Files.readString(file);
                Matcher table = TABLE_STATEMENT.matcher(sql);
                List<Integer> starts = new ArrayList<>();
                List<String> names = new ArrayList<>();
                while (table.find()) {
                    starts.add(table.start());
                    names.add(table.group(1).toLowerCase(Locale.ROOT));
                }
                for (int i = 0; i < names.size(); i++) {
                    int end = i + 1 < starts.size() ? starts.get(i + 1) : sql.length();
                    Matcher key = FOREIGN_KEY.matcher(sql.substring(starts.get(i), end));
                    while (key.find()) {
                        keys.add(new ForeignKey(names.get(i), key.group(1).toLowerCase(Locale.ROOT),
                                key.group(2).toLowerCase(Locale.ROOT)));
                    }
                }
            }
        }
        return keys;
    }
}
