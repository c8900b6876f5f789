package dev.tifa.store;

import dev.tifa.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The derived-counts step of verify follows the schema it finds: absent, present without a check, or checked. */
class DerivedCountsCheckTest {
    @TempDir
    Path tmp;

    private Path store() throws IOException {
        Path doc = Files.writeString(tmp.resolve("a.txt"), "Harbour plan\n\nThe invented harbour will grow.\n");
        Path data = tmp.resolve("data");
        assertThat(new CliRunner(data).run("import", doc.toString()).exitCode()).isZero();
        return data;
    }

    private static void sql(Path data, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteStore.FILE)); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static StoreVerifier.CheckResult derived(StoreVerifier.Report r, String name) {
        return r.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void withoutStoredCountsTheStepSaysSo() throws Exception {
        Path data = store();
        sql(data, "DROP TABLE tallies"); // a store from before stored tallies
        sql(data, "DROP TABLE tallied_concepts");
        StoreVerifier.Report r = new StoreVerifier(List.of()).verify(data);
        assertThat(derived(r, "derived counts").status()).isEqualTo("not present");
        assertThat(r.sound()).isTrue();
    }

    @Test
    void aTalliesTableWithoutARecountIsReportedAsNotRunAndARegisteredCheckRuns() throws Exception {
        Path data = store();
        sql(data, "DROP TABLE tallies"); // a derived table of another shape, with no recount registered for it
        sql(data, "DROP TABLE tallied_concepts");
        sql(data, "CREATE TABLE tallies (document_id INTEGER, concept_id TEXT, n INTEGER)");
        sql(data, "INSERT INTO tallies VALUES (1, 'harbour', 7)");

        StoreVerifier.Report unchecked = new StoreVerifier(List.of()).verify(data);
        assertThat(derived(unchecked, "derived counts").status()).isEqualTo("not run");
        assertThat(derived(unchecked, "derived counts").summary()).contains("tallies");

        StoreVerifier.Check recount = new StoreVerifier.Check() {
            @Override
            public String table() {
                return "tallies";
            }

            @Override
            public StoreVerifier.CheckResult run(Connection c) throws SQLException {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT n FROM tallies")) {
                    rs.next();
                    int stored = rs.getInt(1);
                    // the invented document says "harbour" once
                    return stored == 1 ? new StoreVerifier.CheckResult("tallies", "ok", "1 tally matches", List.of())
                            : new StoreVerifier.CheckResult("tallies", "damaged", "stored 'harbour' tally is " + stored + ", recount 1",
                            List.of(new StoreVerifier.Finding("document 1", "harbour: stored " + stored + ", recounted 1")));
                }
            }
        };
        StoreVerifier.Report checked = new StoreVerifier(List.of(recount)).verify(data);
        assertThat(derived(checked, "tallies").damaged()).isTrue();
        assertThat(checked.sound()).isFalse();
        assertThat(checked.checks()).extracting(StoreVerifier.CheckResult::name).doesNotContain("derived counts");
    }
}
