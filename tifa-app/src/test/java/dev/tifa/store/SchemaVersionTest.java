package dev.tifa.store;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The store skips Flyway when a store is at {@link SqliteStore#SCHEMA_VERSION}: that must be the newest migration. */
class SchemaVersionTest {
    @Test
    void theSchemaVersionIsTheNewestMigration() throws IOException {
        Pattern v = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> v.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(SqliteStore.SCHEMA_VERSION).isEqualTo(newest);
    }
}
