package dev.tifa.app;

import dev.tifa.analysis.FormTally;
import dev.tifa.glossary.Glossary;
import dev.tifa.store.StoreVerifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code tifa verify}'s check of the stored glossary tallies: every tallied document recounted from its cleaned text
 * with the matcher the import used, and compared row by row with what is stored. Counts read from a damaged tallies
 * table would be wrong without any other sign, so a difference is damage.
 */
public final class TalliesRecount implements StoreVerifier.Check {
    private static final int LISTED = 20;

    private final Glossary glossary;

    public TalliesRecount(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public String table() {
        return "tallies";
    }

    @Override
    public java.util.Set<String> covers() {
        return java.util.Set.of("tallies", "tallied_concepts");
    }

    @Override
    public StoreVerifier.CheckResult run(Connection c) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT concept_id, fingerprint FROM tallied_concepts"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) stored.put(rs.getString(1), rs.getString(2));
        }
        boolean current = stored.size() == glossary.size() && glossary.concepts().stream()
                .allMatch(k -> GlossaryTallies.fingerprint(k).fingerprint().equals(stored.get(k.id())));
        if (!current) {
            return new StoreVerifier.CheckResult("derived counts", "not run", "the glossary changed since the tallies were "
                    + "counted: they are recounted the next time a command needs them, so there is nothing to compare yet", List.of());
        }
        GlossaryTallies counter = new GlossaryTallies(null, glossary);
        List<StoreVerifier.Finding> findings = new ArrayList<>();
        int checked = 0, bad = 0;
        try (PreparedStatement docs = c.prepareStatement("SELECT d.id, d.doc_key, x.clean FROM documents d "
                + "JOIN document_texts x ON x.document_id = d.id WHERE d.tallied = 1 ORDER BY d.id");
             PreparedStatement rows = c.prepareStatement("SELECT concept_id, form, total, standalone FROM tallies WHERE document_id = ?");
             ResultSet rs = docs.executeQuery()) {
            while (rs.next()) {
                checked++;
                Map<String, String> expected = keyed(counter.count(rs.getString(3)));
                Map<String, String> found = new HashMap<>();
                rows.setLong(1, rs.getLong(1));
                try (ResultSet t = rows.executeQuery()) {
                    while (t.next()) found.put(t.getString(1) + " · " + t.getString(2), t.getInt(3) + "/" + t.getInt(4));
                }
                if (expected.equals(found)) continue;
                bad++;
                if (findings.size() < LISTED) findings.add(new StoreVerifier.Finding(rs.getString(2), difference(expected, found)));
            }
        }
        if (bad == 0) {
            return new StoreVerifier.CheckResult("derived counts", "ok", checked + " documents: stored glossary tallies equal a recount"
                    + external(c), List.of());
        }
        return new StoreVerifier.CheckResult("derived counts", "damaged", String.format(Locale.ROOT,
                "%d of %d documents' stored tallies differ from a recount: counts, trends and firsts would be wrong "
                        + "(restore a backup, or re-import)", bad, checked), findings);
    }

    /** Documents counted on a cluster have no text to recount: said, not silently passed. */
    private static String external(Connection c) {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM documents WHERE text_location IS NOT NULL"); ResultSet rs = ps.executeQuery()) {
            int n = rs.next() ? rs.getInt(1) : 0;
            return n == 0 ? "" : "; " + n + " documents counted on the cluster keep the job's tallies (no text here to recount)";
        } catch (SQLException e) {
            return ""; // a store from before V8 has none
        }
    }

    private static Map<String, String> keyed(List<FormTally> tallies) {
        Map<String, String> out = new HashMap<>();
        for (FormTally t : tallies) out.put(t.conceptId() + " · " + t.form(), t.total() + "/" + t.standalone());
        return out;
    }

    /** The first differing form, in words: "new-quality-productive-forces · 新质生产力: stored 7/7, recount 5/5". */
    private static String difference(Map<String, String> expected, Map<String, String> found) {
        for (var e : expected.entrySet()) {
            String f = found.get(e.getKey());
            if (!e.getValue().equals(f)) return e.getKey() + ": stored " + (f == null ? "nothing" : f) + ", recount " + e.getValue() + " (total/standalone)";
        }
        for (var e : found.entrySet()) {
            if (!expected.containsKey(e.getKey())) return e.getKey() + ": stored " + e.getValue() + ", recount nothing";
        }
        return "differs";
    }

    /** The glossary a data directory counts with (default + its overlay), read without opening its store. */
    public static TalliesRecount forDataDir(java.nio.file.Path dataDir) {
        return new TalliesRecount(Workspace.glossaryOf(dataDir));
    }
}
