package fr.faireess.mobility.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The purge deletes an application's dependants with SQL of its own, listed by hand: a table added
 * later that refers to an application (directly or through a placement, an agreement or a
 * testimony) and is not in the list would make the purge stop on its foreign key. This reads the
 * foreign keys from the migrations, so forgetting a table fails here rather than at 03:30 one night.
 */
class PurgeCascadeTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE\\s+TABLE\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCES = Pattern.compile("REFERENCES\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DELETE_FROM = Pattern.compile("DELETE\\s+FROM\\s+(\\w+)", Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableThatHangsOffAnApplicationIsInThePurgeCascade() throws IOException {
        Map<String, Set<String>> referrers = referrersFromMigrations();
        Set<String> dependants = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of("mobility_application"));
        while (!toVisit.isEmpty()) {
            for (String referrer : referrers.getOrDefault(toVisit.pop(), Set.of())) {
                if (dependants.add(referrer)) {
                    toVisit.push(referrer);
                }
            }
        }
        Set<String> purged = new HashSet<>();
        for (String statement : RetentionPurge.APPLICATION_CASCADE) {
            Matcher m = DELETE_FROM.matcher(statement);
            assertThat(m.find()).as(statement).isTrue();
            purged.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        assertThat(dependants).as("found in the migrations").contains("placement", "testimony", "application_document");
        assertThat(purged).containsAll(dependants).contains("mobility_application");
    }

    /** For each table, the tables whose foreign keys point at it. */
    private static Map<String, Set<String>> referrersFromMigrations() throws IOException {
        Map<String, Set<String>> referrers = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(file);
                Matcher table = CREATE_TABLE.matcher(sql);
                List<int[]> spans = new java.util.ArrayList<>();
                List<String> names = new java.util.ArrayList<>();
                while (table.find()) {
                    spans.add(new int[] {table.start()});
                    names.add(table.group(1).toLowerCase(Locale.ROOT));
                }
                for (int i = 0; i < names.size(); i++) {
                    int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : sql.length();
                    Matcher ref = REFERENCES.matcher(sql.substring(spans.get(i)[0], end));
                    while (ref.find()) {
                        referrers.computeIfAbsent(ref.group(1).toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(names.get(i));
                    }
                }
            }
        }
        return referrers;
    }
}
