package dev.tifa.app;

import dev.tifa.analysis.FormTally;
import dev.tifa.store.ExternalDocuments.RecordedHit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts (and hits) of a tifa-spark output, spilled to a temporary SQLite file and looked up by document, so that
 * importing them holds one batch of documents in memory, not the whole job's counts (a gigabyte of news makes 2.3
 * million count rows). The file is scratch: no journal, no sync, deleted on close.
 */
final class CountsSpill implements AutoCloseable {
    private static final int INSERTS_PER_BATCH = 10_000;

    private final Path file;
    private final Connection db;

    private CountsSpill(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** The {@code counts} table of {@code output}, and its {@code hits} table when there is one. */
    static CountsSpill of(Path output) {
        Path file;
        try {
            file = Files.createTempFile("tifa-import-counts", ".db");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file for the counts: " + e.getMessage(), e);
        }
        try {
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            CountsSpill spill = new CountsSpill(file, db);
            try {
                spill.load(output);
                return spill;
            } catch (RuntimeException | SQLException e) {
                spill.close();
                throw e;
            }
        } catch (SQLException e) {
            delete(file);
            throw new IllegalStateException("cannot spill the counts to " + file + ": " + e.getMessage(), e);
        }
    }

    private void load(Path output) throws SQLException {
        try (var s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=OFF");
            s.execute("PRAGMA synchronous=OFF");
            s.execute("CREATE TABLE counts (doc_key TEXT, concept TEXT, form TEXT, total INTEGER, standalone INTEGER)");
            s.execute("CREATE TABLE hits (doc_key TEXT, concept TEXT, form TEXT, start INTEGER, end INTEGER, nested_in TEXT)");
        }
        db.setAutoCommit(false);
        insert(output, "counts", "INSERT INTO counts VALUES (?, ?, ?, ?, ?)",
                new String[]{"doc_key", "concept", "form"}, new String[]{"total", "standalone"}, new String[0]);
        if (SparkCsv.exists(output, "hits")) {
            insert(output, "hits", "INSERT INTO hits VALUES (?, ?, ?, ?, ?, ?)",
                    new String[]{"doc_key", "concept", "form"}, new String[]{"start", "end"}, new String[]{"nested_in"});
        }
        db.commit();
        try (var s = db.createStatement()) {
            s.execute("CREATE INDEX counts_by_doc ON counts (doc_key)");
            s.execute("CREATE INDEX hits_by_doc ON hits (doc_key)");
        }
        db.commit();
    }

    /** Every row of {@code table}: text columns, then whole-number columns (checked here, with the row named), then text. */
    private void insert(Path output, String table, String sql, String[] texts, String[] numbers, String[] tail) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            int[] pending = {0};
            SparkCsv.read(output, table, r -> {
                try {
                    int i = 1;
                    for (String c : texts) ps.setString(i++, r.get(c));
                    for (String c : numbers) ps.setInt(i++, CountsImport.number(r, c));
                    for (String c : tail) ps.setString(i++, r.get(c));
                    ps.addBatch();
                    if (++pending[0] % INSERTS_PER_BATCH == 0) ps.executeBatch();
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            ps.executeBatch();
        }
    }

    /** The count rows of these documents, by document key. */
    Map<String, List<FormTally>> counts(Collection<String> keys) {
        Map<String, List<FormTally>> out = new HashMap<>();
        select("SELECT doc_key, concept, form, total, standalone FROM counts WHERE doc_key IN ", keys, rs ->
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new FormTally(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5))));
        return out;
    }

    /** The recorded hits of these documents, by document key (none when the job kept no hits). */
    Map<String, List<RecordedHit>> hits(Collection<String> keys) {
        Map<String, List<RecordedHit>> out = new HashMap<>();
        select("SELECT doc_key, concept, form, start, end, nested_in FROM hits WHERE doc_key IN ", keys, rs ->
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new RecordedHit(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6))));
        return out;
    }

    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Keys per query: well under SQLite's limit on bound parameters in every version. */
    private static final int KEYS_PER_QUERY = 500;

    private void select(String sql, Collection<String> keys, RowAction action) {
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            // in the order the job wrote them (rowid), as the rows were kept before the spill
            String in = "(" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ") ORDER BY rowid";
            try (PreparedStatement ps = db.prepareStatement(sql + in)) {
                int i = 1;
                for (String k : chunk) ps.setString(i++, k);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) action.accept(rs);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the spilled counts in " + file + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // scratch data: nothing to keep
        }
        delete(file);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
