package fr.faireess.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the features, read from the sources' imports (and fully qualified names in code;
 * comments and string literals do not count). A feature may use only the features of a lower
 * layer; no two Java packages may depend on each other, directly or round a longer loop.
 *
 * <pre>
 *   8  home, dashboard,         the role's landing pages and figures, the calendar feeds: read
 *      calendar                 every feature below
 *   7  budget, privacy, reporting
 *   6  grant, testimony
 *   5  placement
 *   4  application
 *   3  host, module, call
 *   2  identity                 accounts (Account, CurrentUser, CampusScope)
 *   1  reference                campuses, programmes, countries, academic years
 *   0  platform                 config, persistence, audit, i18n, mail, security (Role, RoleGuard)
 * </pre>
 *
 * When a lower feature must show something computed above it (the review page's budget warning
 * and cycle days, the mail admin pages' acting user), the lower feature declares a small interface
 * (a port: {@code application.SelectionBudget}, {@code application.PlacementOutlook},
 * {@code placement.ConfirmationBudget}, {@code platform.security.ActingUser},
 * {@code platform.i18n.LocalePreference}) and the upper feature implements it.
 */
class PackageStructureTest {

    private static final String ROOT = "fr.faireess.mobility";

    /** Layer of each feature (the first package below {@value #ROOT}); a new feature must be placed here. */
    static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("platform", 0),
            Map.entry("reference", 1),
            Map.entry("identity", 2),
            Map.entry("host", 3), Map.entry("module", 3), Map.entry("call", 3),
            Map.entry("application", 4),
            Map.entry("placement", 5),
            Map.entry("grant", 6), Map.entry("testimony", 6),
            Map.entry("budget", 7), Map.entry("privacy", 7), Map.entry("reporting", 7),
            Map.entry("home", 8), Map.entry("dashboard", 8), Map.entry("calendar", 8));

    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"\"\"(?:.|\\n)*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(fr\\.faireess\\.mobility(?:\\.[a-z]\\w*)+)\\.[A-Z*]");

    /** Java package → the packages of this application it refers to (itself excluded). */
    private static final Map<String, Set<String>> USES = new TreeMap<>();
    /** "from → to" → one source file that makes the edge, for the failure message. */
    private static final Map<String, String> WITNESS = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        Path sources = Path.of("src/main/java");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        Map<Path, String> packageOf = new TreeMap<>();
        for (Path file : files) {
            Matcher m = PACKAGE.matcher(Files.readString(file));
            if (m.find()) {
                packageOf.put(file, m.group(1));
                USES.computeIfAbsent(m.group(1), p -> new TreeSet<>());
            }
        }
        for (Map.Entry<Path, String> e : packageOf.entrySet()) {
            String code = COMMENTS_AND_STRINGS.matcher(Files.readString(e.getKey())).replaceAll(" ");
            Matcher m = REFERENCE.matcher(code);
            while (m.find()) {
                String used = m.group(1);
                if (USES.containsKey(used) && !used.equals(e.getValue())) {
                    USES.get(e.getValue()).add(used);
                    WITNESS.putIfAbsent(e.getValue() + " → " + used, sources.relativize(e.getKey()).toString());
                }
            }
        }
        assertTrue(USES.size() > 20, "the sources were not found: run from the project's folder");
    }

    static String featureOf(String javaPackage) {
        String rest = javaPackage.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void everyFeatureHasALayer() {
        Set<String> unplaced = new TreeSet<>();
        USES.keySet().stream().filter(p -> p.startsWith(ROOT + ".")).map(PackageStructureTest::featureOf)
                .filter(f -> !LAYERS.containsKey(f)).forEach(unplaced::add);
        assertEquals(Set.of(), unplaced, "place each new feature in PackageStructureTest.LAYERS (and README)");
    }

    @Test
    void noFeatureImportsAFeatureAboveOrBesideIt() {
        List<String> upward = new ArrayList<>();
        USES.forEach((from, targets) -> targets.forEach(to -> {
            String a = featureOf(from);
            String b = featureOf(to);
            if (!a.equals(b) && LAYERS.containsKey(a) && LAYERS.containsKey(b) && LAYERS.get(b) >= LAYERS.get(a)) {
                upward.add(from + " → " + to + " (" + WITNESS.get(from + " → " + to) + ")");
            }
        }));
        assertEquals(List.of(), upward, "a feature uses one above or beside it in the layering");
    }

    @Test
    void noPackageCycle() {
        List<List<String>> cycles = new StronglyConnected(USES).cycles();
        assertEquals(List.of(), cycles, "packages that depend on each other (see WITNESS for the files)");
    }

    /** Tarjan's strongly connected components; a component of more than one package is a cycle. */
    private static final class StronglyConnected {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new TreeMap<>();
        private final Map<String, Integer> low = new TreeMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<List<String>> found = new ArrayList<>();

        StronglyConnected(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<List<String>> cycles() {
            graph.keySet().forEach(v -> {
                if (!index.containsKey(v)) {
                    visit(v);
                }
            });
            return found;
        }

        private void visit(String v) {
            index.put(v, index.size());
            low.put(v, index.get(v));
            stack.add(v);
            for (String w : graph.getOrDefault(v, Set.of())) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (stack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<String> component = new ArrayList<>();
                String w;
                do {
                    w = stack.remove(stack.size() - 1);
                    component.add(w);
                } while (!w.equals(v));
                if (component.size() > 1) {
                    found.add(component);
                }
            }
        }
    }
}
