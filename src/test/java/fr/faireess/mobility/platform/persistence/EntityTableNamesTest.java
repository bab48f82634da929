package fr.faireess.mobility.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * MySQL on Linux compares table names case-sensitively, and EclipseLink upper-cases names it derives
 * from class names: every entity must name its (lower-case) table explicitly.
 */
class EntityTableNamesTest {

    @Test
    void everyEntityNamesItsLowerCaseTable() throws IOException {
        List<Path> entities;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            entities = files.filter(f -> f.toString().endsWith(".java")).filter(EntityTableNamesTest::isEntity).toList();
        }
        assertThat(entities).isNotEmpty();
        for (Path entity : entities) {
            String source = Files.readString(entity);
            assertThat(source).as(entity.toString()).containsPattern("@Table\\(name = \"[a-z_]+\"");
        }
    }

    private static boolean isEntity(Path file) {
        try {
            return Files.readString(file).contains("\n@Entity");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
