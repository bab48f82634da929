package fr.faireess.mobility.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every integration test class runs in a lane ({@link TestLanes}): without one it would run beside
 * both lanes at once, on the shared instance's data while another class changes it. The Arquillian
 * classes are in the shared deployment's lane, the others in the running instance's.
 */
class TestLanesTest {

    private static final Path TEST_CLASSES = Path.of("target/test-classes");

    @Test
    void everyIntegrationTestClassDeclaresItsLane() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<Class<?>> classes = integrationTestClasses();
        for (Class<?> type : classes) {
            Set<String> lanes = TestLanes.of(type);
            boolean arquillian = Arrays.stream(type.getAnnotationsByType(ExtendWith.class))
                    .flatMap(e -> Arrays.stream(e.value())).anyMatch(ArquillianExtension.class::equals);
            boolean inItsLane = arquillian ? lanes.equals(Set.of(TestLanes.SHARED_DEPLOYMENT))
                    : lanes.equals(Set.of(TestLanes.RUNNING_APP))
                            || lanes.equals(Set.of(TestLanes.SHARED_DEPLOYMENT, TestLanes.OWN_SERVERS));
            if (!inItsLane) {
                wrong.add(type.getSimpleName() + " " + lanes);
            }
        }
        assertThat(classes).as("integration test classes found under " + TEST_CLASSES).hasSizeGreaterThan(40);
        assertThat(wrong).as("classes without their lane (Arquillian: SHARED_DEPLOYMENT alone; others: RUNNING_APP alone,"
                + " or SHARED_DEPLOYMENT with OWN_SERVERS for a class that starts servers of its own)").isEmpty();
    }

    private static List<Class<?>> integrationTestClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEST_CLASSES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("IT.class")).toList()) {
                String name = TEST_CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, TestLanesTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
