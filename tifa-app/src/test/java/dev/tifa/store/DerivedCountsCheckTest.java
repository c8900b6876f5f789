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
    void storedCountsWithoutARegisteredCheckAreReportedAsNotRun() throws IOException {
        StoreVerifier.Report r = new StoreVerifier(List.of()).verify(store());
        assertThat(derived(r, "derived counts").status()).isEqualTo("not run");
        assertThat(derived(r, "derived counts").summary()).contains("tallies");
        assertThat(r.sound()).isTrue();
    }

    @Test
    void theTalliesRecountFindsATamperedTallyAndPassesAPristineOne() throws Exception {
        Path data = store();
        StoreVerifier pristine = new StoreVerifier(List.of(dev.tifa.app.TalliesRecount.forDataDir(data)));
        StoreVerifier.Report before = pristine.verify(data);
        assertThat(derived(before, "derived counts").status()).as(before.toString()).isEqualTo("ok");
        assertThat(before.sound()).isTrue();

        // an invented count: a number no recount of the text gives, with no other sign of damage
        sql(data, "INSERT INTO tallies (document_id, concept_id, form, total, standalone) SELECT id, 'security', '安全', 3, 3 FROM documents LIMIT 1");
        StoreVerifier.Report after = pristine.verify(data);
        assertThat(derived(after, "derived counts").damaged()).isTrue();
        assertThat(derived(after, "derived counts").findings()).extracting(StoreVerifier.Finding::problem)
                .anyMatch(p -> p.contains("stored") && p.contains("recount"));
        assertThat(after.sound()).isFalse();
    }

    @Test
    void aCountsTableWithoutARecountIsReportedAsNotRunAndARegisteredCheckRuns() throws Exception {
        Path data = store();
        sql(data, "CREATE TABLE theme_counts (document_id INTEGER, theme_id TEXT, n INTEGER)");
        sql(data, "INSERT INTO theme_counts VALUES (1, 'harbour', 7)");

        StoreVerifier.Report unchecked = new StoreVerifier(List.of(dev.tifa.app.TalliesRecount.forDataDir(data))).verify(data);
        assertThat(unchecked.checks()).anyMatch(c -> c.name().equals("derived counts") && c.status().equals("not run")
                && c.summary().contains("theme_counts"));

        StoreVerifier.Check recount = new StoreVerifier.Check() {
            @Override
            public String table() {
                return "theme_counts";
            }

            @Override
            public StoreVerifier.CheckResult run(Connection c) throws SQLException {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT n FROM theme_counts")) {
                    rs.next();
                    int stored = rs.getInt(1);
                    // the invented document says "harbour" once
                    return stored == 1 ? new StoreVerifier.CheckResult("theme_counts", "ok", "1 count matches", List.of())
                            : new StoreVerifier.CheckResult("theme_counts", "damaged", "stored 'harbour' count is " + stored + ", recount 1",
                            List.of(new StoreVerifier.Finding("document 1", "harbour: stored " + stored + ", recounted 1")));
                }
            }
        };
        StoreVerifier.Report checked = new StoreVerifier(List.of(recount, dev.tifa.app.TalliesRecount.forDataDir(data))).verify(data);
        assertThat(derived(checked, "theme_counts").damaged()).isTrue();
        assertThat(checked.sound()).isFalse();
    }
}
