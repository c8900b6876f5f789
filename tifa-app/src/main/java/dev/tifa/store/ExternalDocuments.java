package dev.tifa.store;

import dev.tifa.analysis.FormTally;
import dev.tifa.model.DocumentInfo;
import dev.tifa.model.DocumentMeta;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Documents whose texts stay on a cluster: counted by tifa-spark, loaded with their metadata, size and glossary
 * tallies (exactly as the job counted them), and where their text lives ({@code text_location}), never the text.
 */
public final class ExternalDocuments {
    /** One document of a Spark output: the job's key, metadata, size, tallies and the occurrences it recorded. */
    public record External(String key, DocumentMeta meta, int size, String location, List<FormTally> tallies,
                           List<RecordedHit> hits) {
    }

    /** An occurrence as the job recorded it: offsets into the original text at the document's location. */
    public record RecordedHit(String conceptId, String form, int start, int end, String nestedIn) {
    }

    /** What a load did: documents stored, already stored (the same key and location), and refused. */
    public record Loaded(int stored, int unchanged, List<String> refused) {
    }

    private final Database db;

    public ExternalDocuments(Database db) {
        this.db = db;
    }

    /**
     * Stores a batch in one transaction. A document whose key is already stored with the same location is left as
     * it is (loading the same output twice changes nothing); a key held by another document is refused, not replaced.
     */
    public Loaded load(List<External> batch) {
        return db.inTransaction(c -> {
            int stored = 0, unchanged = 0;
            List<String> refused = new ArrayList<>();
            for (External e : batch) {
                Optional<String> held = locationOf(c, e.key());
                if (held.isPresent()) {
                    if (held.get().equals(e.location())) unchanged++;
                    else refused.add(e.key() + ": the store already holds a different document under this key ("
                            + (held.get().isEmpty() ? "its text is in the store" : "text at " + held.get()) + ")");
                    continue;
                }
                long id = insert(c, e);
                TallyTable.insert(c, id, e.tallies());
                insertHits(c, id, e.hits());
                stored++;
            }
            return new Loaded(stored, unchanged, refused);
        });
    }

    /** The location of the text of the document with this key: empty when its text is in the store; absent without such a document. */
    private static Optional<String> locationOf(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(text_location, '') FROM documents WHERE doc_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static long insert(Connection c, External e) throws SQLException {
        DocumentMeta m = e.meta();
        // identity and hash name the text's place in the archive: there is no text here to hash
        String identity = "external:" + e.location();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO documents (doc_key, title, doc_date, year, series, kind, language, source, attributes,
                                       cleaning, hash, imported_at, identity, size, tallied, text_location)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?)""", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, e.key());
            SqliteStore.bindMeta(ps, m);
            ps.setString(10, "external");
            ps.setString(11, identity);
            ps.setString(12, Instant.now().toString());
            ps.setString(13, identity);
            ps.setInt(14, e.size());
            ps.setString(15, e.location());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void insertHits(Connection c, long id, List<RecordedHit> hits) throws SQLException {
        if (hits.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO external_hits (document_id, concept_id, form, start_at, end_at, nested_in) VALUES (?,?,?,?,?,?)")) {
            for (RecordedHit h : hits) {
                ps.setLong(1, id);
                ps.setString(2, h.conceptId());
                ps.setString(3, h.form());
                ps.setInt(4, h.start());
                ps.setInt(5, h.end());
                ps.setString(6, h.nestedIn());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The selected documents whose texts are not in the store, in chronological order, with where their texts are. */
    public Map<DocumentInfo, String> in(DocumentFilter filter) {
        DocumentQuery q = DocumentQuery.of(filter);
        String sql = "SELECT " + DocumentQuery.META_COLUMNS + ", d.text_location FROM documents d WHERE d.text_location IS NOT NULL AND "
                + q.where() + DocumentQuery.ORDER;
        Map<DocumentInfo, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            q.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(SqliteStore.readInfo(rs), rs.getString("text_location"));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
        return out;
    }

    /** Where the text of the document with this key (or id) is, when it was counted on a cluster. */
    public Optional<String> location(String keyOrId) {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT text_location FROM documents WHERE text_location IS NOT NULL AND (doc_key = ? OR CAST(id AS TEXT) = ?)")) {
            ps.setString(1, keyOrId);
            ps.setString(2, keyOrId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }

    /** How many stored documents have their texts elsewhere. */
    public int count() {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT COUNT(*) FROM documents WHERE text_location IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }

    /** The tallies of one document per concept and form, as loaded. */
    public List<FormTally> tallies(long documentId) {
        List<FormTally> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT concept_id, form, total, standalone FROM tallies WHERE document_id = ? ORDER BY concept_id, form")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new FormTally(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read tallies: " + e.getMessage(), e);
        }
        return out;
    }

    /** The occurrences the job recorded for one document and concept, in text order. */
    public List<RecordedHit> hits(long documentId, String conceptId) {
        List<RecordedHit> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT concept_id, form, start_at, end_at, nested_in FROM external_hits WHERE document_id = ? AND concept_id = ? ORDER BY start_at")) {
            ps.setLong(1, documentId);
            ps.setString(2, conceptId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new RecordedHit(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read recorded hits: " + e.getMessage(), e);
        }
        return out;
    }
}
