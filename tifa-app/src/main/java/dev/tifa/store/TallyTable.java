package dev.tifa.store;

import dev.tifa.analysis.FormTally;
import dev.tifa.analysis.time.DayCount;
import dev.tifa.analysis.time.DayVolume;
import dev.tifa.analysis.time.PeriodTrend;
import dev.tifa.model.Language;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The stored glossary tallies (table {@code tallies}: document × concept × form → total, standalone) and the
 * glossary they were counted with ({@code tallied_concepts}). Reads are aggregations in SQL: a trend by month
 * is a GROUP BY over these rows, never a scan of texts.
 */
public final class TallyTable {
    /** One concept in one document: the sum over its forms. */
    public record DocumentTally(long documentId, String conceptId, int total, int standalone) {
    }

    /** One form of a concept in one document, as stored. */
    public record FormRow(long documentId, String conceptId, String form, int total, int standalone) {
    }

    /** A concept's forms as they were tallied. */
    public record TalliedConcept(String id, String fingerprint, String forms) {
    }

    private final Database db;

    public TallyTable(Database db) {
        this.db = db;
    }

    static void insert(Connection c, long documentId, List<FormTally> tallies) throws SQLException {
        if (tallies.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tallies (document_id, concept_id, form, total, standalone) VALUES (?,?,?,?,?)")) {
            for (FormTally t : tallies) {
                ps.setLong(1, documentId);
                ps.setString(2, t.conceptId());
                ps.setString(3, t.form());
                ps.setInt(4, t.total());
                ps.setInt(5, t.standalone());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Replaces the tallies of documents (id → tallies) and marks them tallied, in one transaction. */
    public void replace(Map<Long, List<FormTally>> byDocument) {
        db.inTransaction(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM tallies WHERE document_id = ?");
                 PreparedStatement mark = c.prepareStatement("UPDATE documents SET tallied = 1 WHERE id = ?")) {
                for (var e : byDocument.entrySet()) {
                    del.setLong(1, e.getKey());
                    del.executeUpdate();
                    insert(c, e.getKey(), e.getValue());
                    mark.setLong(1, e.getKey());
                    mark.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Ids of documents whose tallies are not stored yet. */
    public List<Long> untallied() {
        return ids("SELECT id FROM documents WHERE tallied = 0 ORDER BY id");
    }

    /** True when some document (stored by a writer that did not count) still waits for its tallies. */
    public boolean hasUntallied() {
        return !ids("SELECT id FROM documents WHERE tallied = 0 LIMIT 1").isEmpty();
    }

    /** How many documents were counted on a cluster (texts not in the store): their tallies cannot be recounted here. */
    public int external() {
        return ids("SELECT COUNT(*) FROM documents WHERE text_location IS NOT NULL").get(0).intValue();
    }

    /** Each tallied document's id and cleaned text, one at a time (documents whose texts are elsewhere have none). */
    public void forEachTalliedText(Consumer<Map.Entry<Long, String>> action) {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT d.id, x.clean FROM documents d JOIN document_texts x ON x.document_id = d.id WHERE d.tallied = 1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) action.accept(Map.entry(rs.getLong(1), rs.getString(2)));
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }

    /** The cleaned texts of the given documents, by id. */
    public Map<Long, String> texts(Collection<Long> ids) {
        Map<Long, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT clean FROM document_texts WHERE document_id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) out.put(id, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
        return out;
    }

    public Map<String, TalliedConcept> concepts() {
        Map<String, TalliedConcept> out = new HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT concept_id, fingerprint, forms FROM tallied_concepts");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), new TalliedConcept(rs.getString(1), rs.getString(2), rs.getString(3)));
        } catch (SQLException e) {
            throw new StoreException("cannot read the tallied glossary: " + e.getMessage(), e);
        }
        return out;
    }

    /** Records the glossary the tallies now hold; concepts no longer in it lose their tallies. */
    public void setConcepts(Collection<TalliedConcept> concepts) {
        db.inTransaction(c -> {
            try (PreparedStatement clear = c.prepareStatement("DELETE FROM tallied_concepts")) {
                clear.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tallied_concepts (concept_id, fingerprint, forms) VALUES (?,?,?)")) {
                for (TalliedConcept t : concepts) {
                    ps.setString(1, t.id());
                    ps.setString(2, t.fingerprint());
                    ps.setString(3, t.forms());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement gone = c.prepareStatement("DELETE FROM tallies WHERE concept_id NOT IN (SELECT concept_id FROM tallied_concepts)")) {
                gone.executeUpdate();
            }
            return null;
        });
    }

    /** Per selected document and concept: the sums over the concept's forms (documents without a mention left out). */
    public List<DocumentTally> byDocument(List<String> conceptIds, DocumentFilter filter) {
        if (conceptIds.isEmpty()) return List.of();
        DocumentQuery q = DocumentQuery.of(filter);
        String sql = "SELECT t.document_id, t.concept_id, SUM(t.total), SUM(t.standalone) FROM tallies t JOIN documents d ON d.id = t.document_id"
                + " WHERE t.concept_id IN (" + marks(conceptIds.size()) + ") AND " + q.where()
                + " GROUP BY t.document_id, t.concept_id";
        List<DocumentTally> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            int i = 1;
            for (String id : conceptIds) ps.setString(i++, id);
            q.bind(ps, i);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new DocumentTally(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read tallies: " + e.getMessage(), e);
        }
        return out;
    }

    /** Per selected document, concept and form, as stored (documents without a mention left out): what {@code count} reads. */
    public List<FormRow> forms(List<String> conceptIds, DocumentFilter filter) {
        if (conceptIds.isEmpty()) return List.of();
        DocumentQuery q = DocumentQuery.of(filter);
        String sql = "SELECT t.document_id, t.concept_id, t.form, t.total, t.standalone FROM tallies t JOIN documents d ON d.id = t.document_id"
                + " WHERE t.concept_id IN (" + marks(conceptIds.size()) + ") AND " + q.where();
        List<FormRow> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            int i = 1;
            for (String id : conceptIds) ps.setString(i++, id);
            q.bind(ps, i);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new FormRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read tallies: " + e.getMessage(), e);
        }
        return out;
    }

    /** Occurrences of every tallied concept in the selected documents, by concept id (no text read). */
    public Map<String, Integer> totals(DocumentFilter filter) {
        DocumentQuery q = DocumentQuery.of(filter);
        Map<String, Integer> out = new java.util.TreeMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT t.concept_id, SUM(t.total) FROM tallies t"
                + " JOIN documents d ON d.id = t.document_id WHERE " + q.where() + " GROUP BY t.concept_id")) {
            q.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read tallies: " + e.getMessage(), e);
        }
        return out;
    }

    /** The selected documents' total size (characters or words) and number. */
    public long[] volume(DocumentFilter filter) {
        DocumentQuery q = DocumentQuery.of(filter);
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT COALESCE(SUM(d.size), 0), COUNT(*) FROM documents d WHERE " + q.where())) {
            q.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[]{rs.getLong(1), rs.getLong(2)};
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }

    /** Per day, language and concept, over the selected dated documents: a GROUP BY, no text read. */
    public List<DayCount> byDay(List<String> conceptIds, DocumentFilter filter) {
        if (conceptIds.isEmpty()) return List.of();
        DocumentQuery q = DocumentQuery.of(filter);
        String day = DocumentQuery.DAY;
        String sql = "SELECT " + day + ", d.language, t.concept_id, SUM(t.total), SUM(t.standalone), COUNT(DISTINCT t.document_id),"
                + " SUM(CASE WHEN json_extract(d.attributes, '$.num') IN ('1', 1) THEN t.total ELSE 0 END)"
                + " FROM tallies t JOIN documents d ON d.id = t.document_id"
                + " WHERE t.concept_id IN (" + marks(conceptIds.size()) + ") AND " + day + " IS NOT NULL AND " + q.where()
                + " GROUP BY 1, 2, 3";
        List<DayCount> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            int i = 1;
            for (String id : conceptIds) ps.setString(i++, id);
            q.bind(ps, i);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DayCount(LocalDate.parse(rs.getString(1)), Language.parse(rs.getString(2)), rs.getString(3),
                            rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read tallies: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Per day and language: how many selected documents, and their total size. Read from the day volumes the store
     * keeps (migration V9) unless the filter names keys or title words; then summed over the documents.
     */
    public List<DayVolume> sizesByDay(DocumentFilter filter) {
        DocumentQuery kept = DocumentQuery.ofVolumes(filter);
        return kept != null ? sizesByDay(kept, "SELECT v.day, v.language, SUM(v.documents), SUM(v.size), SUM(v.stubs) FROM day_volumes v WHERE v.day <> '' AND "
                + kept.where() + " GROUP BY 1, 2") : sizesByDayScanned(filter);
    }

    /** As {@link #sizesByDay}, summed over the documents themselves (what the day volumes must always equal). */
    public List<DayVolume> sizesByDayScanned(DocumentFilter filter) {
        DocumentQuery q = DocumentQuery.of(filter);
        String day = DocumentQuery.DAY;
        return sizesByDay(q, "SELECT " + day + ", d.language, COUNT(*), SUM(d.size), SUM(CASE WHEN d.size < " + PeriodTrend.STUB + " AND d.kind <> 'news' THEN 1 ELSE 0 END)"
                + " FROM documents d WHERE " + day + " IS NOT NULL AND "
                + q.where() + " GROUP BY 1, 2");
    }

    private List<DayVolume> sizesByDay(DocumentQuery q, String sql) {
        List<DayVolume> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            q.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DayVolume(LocalDate.parse(rs.getString(1)), Language.parse(rs.getString(2)), rs.getInt(3), rs.getLong(4), rs.getInt(5)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
        return out;
    }

    private List<Long> ids(String sql) {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getLong(1));
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
