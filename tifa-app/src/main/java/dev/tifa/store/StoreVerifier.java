package dev.tifa.store;

import dev.tifa.model.CleaningSpec;
import dev.tifa.text.Cleaner;
import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code tifa verify}: checks a store the way its numbers depend on it. SQLite's integrity check finds damage to the
 * file's structure but not a changed byte inside a text, which changes counts silently; so every document's original
 * is checked against its stored SHA-256, and its cleaned text (what all counting runs on) against a fresh cleaning of
 * the original. Stored derived counts, where the schema has them, are checked by pluggable {@link Check}s.
 *
 * <p>It opens the file read-only with its own connection, so it works on a store that the normal open refuses.
 */
public final class StoreVerifier {
    /** Most problems listed per check; beyond that only their number is given. */
    private static final int MAX_LISTED = 50;

    /** One problem found: where (a document key, a page, a table) and what. */
    public record Finding(String where, String problem) {
    }

    /**
     * What one check found.
     *
     * @param name     e.g. {@code integrity}, {@code texts}, {@code tallies}
     * @param status   {@code ok}, {@code damaged}, {@code not present} or {@code not run}
     * @param summary  one line
     * @param findings the problems, at most {@value MAX_LISTED}
     */
    public record CheckResult(String name, String status, String summary, List<Finding> findings) {
        public boolean damaged() {
            return status.equals("damaged");
        }

        static CheckResult ok(String name, String summary) {
            return new CheckResult(name, "ok", summary, List.of());
        }
    }

    /** A check of stored derived data (e.g. per-document tallies), registered by the feature that stores it. */
    public interface Check {
        /** The table it checks; the check runs only when the store's schema has it. */
        String table();

        /** Every table whose content it vouches for (its own, and tables that only describe it). */
        default java.util.Set<String> covers() {
            return java.util.Set.of(table());
        }

        CheckResult run(Connection c) throws SQLException;
    }

    /** @param documents how many documents' texts were checked */
    public record Report(Path file, List<CheckResult> checks, int documents) {
        public boolean sound() {
            return checks.stream().noneMatch(CheckResult::damaged);
        }
    }

    private final List<Check> derivedChecks;

    /** @param derivedChecks checks of stored derived data; none today (see docs/store-safety.md) */
    public StoreVerifier(List<Check> derivedChecks) {
        this.derivedChecks = List.copyOf(derivedChecks);
    }

    public Report verify(Path dataDir) {
        Path file = dataDir.resolve(SqliteStore.FILE);
        List<CheckResult> out = new ArrayList<>();
        if (!Files.exists(file)) {
            out.add(new CheckResult("file", "damaged", "no store at " + file, List.of()));
            return new Report(file, out, 0);
        }
        Optional<String> fileDamage = StoreFile.damage(file);
        out.add(fileDamage.map(d -> new CheckResult("file", "damaged", d, List.of()))
                .orElseGet(() -> CheckResult.ok("file", "header and size agree")));
        if (fileDamage.isPresent() && !fileDamage.get().contains("truncated")) return new Report(file, out, 0);
        int[] documents = {0};
        try (Connection c = open(dataDir, file)) {
            out.add(integrity(c));
            out.add(texts(c, documents));
            if (tableExists(c, "day_volumes")) out.add(DayVolumes.check(c));
            out.addAll(derived(c));
        } catch (SQLException e) {
            out.add(new CheckResult("integrity", "damaged", "SQLite cannot read the store: " + e.getMessage(), List.of()));
        }
        return new Report(file, out, documents[0]);
    }

    private static Connection open(Path dataDir, Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection(ReadOnlyOpen.url(dataDir, file), config.toProperties());
    }

    /** SQLite's own full check of the file's structure (b-trees, indexes, free list), and the foreign keys. */
    private static CheckResult integrity(Connection c) {
        List<Finding> findings = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("PRAGMA integrity_check(" + MAX_LISTED + ")"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equals(line)) findings.add(new Finding("file", line));
            }
        } catch (SQLException e) {
            findings.add(new Finding("file", e.getMessage()));
        }
        try (PreparedStatement ps = c.prepareStatement("PRAGMA foreign_key_check"); ResultSet rs = ps.executeQuery()) {
            while (rs.next() && findings.size() < MAX_LISTED) {
                findings.add(new Finding(rs.getString(1) + " row " + rs.getLong(2), "refers to a missing row in " + rs.getString(3)));
            }
        } catch (SQLException e) {
            findings.add(new Finding("file", e.getMessage()));
        }
        return findings.isEmpty() ? CheckResult.ok("integrity", "PRAGMA integrity_check: ok; foreign keys: ok")
                : new CheckResult("integrity", "damaged", "SQLite reports the file damaged", findings);
    }

    /** Every document's original against its hash, and its cleaned text against a fresh cleaning of the original. */
    private static CheckResult texts(Connection c, int[] checkedOut) {
        List<Finding> findings = new ArrayList<>();
        int checked = 0;
        int bad = 0;
        String sql;
        int external;
        try {
            // texts live beside the metadata since V3 (document_texts); older stores keep them in documents
            String texts = tableExists(c, "document_texts") ? " LEFT JOIN document_texts x ON x.document_id = d.id" : "";
            String original = texts.isEmpty() ? "d.original, d.clean" : "x.original, x.clean";
            // documents counted on a cluster (V8, text_location) have no text here to check
            external = externalDocuments(c);
            String own = external >= 0 ? " WHERE d.text_location IS NULL" : "";
            sql = tableExists(c, "clean_hashes")
                    ? "SELECT d.doc_key, " + original + ", d.cleaning, d.hash, h.hash FROM documents d" + texts
                    + " LEFT JOIN clean_hashes h ON h.document_id = d.id" + own + " ORDER BY d.id"
                    : "SELECT d.doc_key, " + original + ", d.cleaning, d.hash, NULL FROM documents d" + texts + own + " ORDER BY d.id";
        } catch (SQLException e) {
            return new CheckResult("texts", "damaged", "the list of tables cannot be read: " + e.getMessage(), List.of());
        }
        try (PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                checked++;
                checkedOut[0] = checked;
                String key = rs.getString(1);
                String problem = textProblem(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
                if (problem == null) continue;
                bad++;
                if (findings.size() < MAX_LISTED) findings.add(new Finding(key, problem));
            }
        } catch (SQLException | RuntimeException e) {
            findings.add(new Finding("documents", "reading stopped after " + checked + " documents: " + e.getMessage()));
            return new CheckResult("texts", "damaged", "the documents table cannot be read to the end", findings);
        }
        String skipped = external > 0 ? "; " + external + " documents counted on the cluster (texts not in the store) not checked" : "";
        if (bad == 0) return CheckResult.ok("texts", checked + " documents: original matches its hash, cleaned text matches its original" + skipped);
        return new CheckResult("texts", "damaged", String.format(Locale.ROOT, "%d of %d documents changed since import: "
                + "their counts cannot be trusted (re-import them from their sources, or restore a backup)", bad, checked) + skipped, findings);
    }

    private static String textProblem(String original, String clean, String cleaning, String hash, String cleanHash) {
        if (original == null) return "original text missing";
        if (!SqliteStore.hash(original).equals(hash)) return "original text does not match its stored hash (changed after import)";
        if (clean == null) return "cleaned text missing";
        if (cleanHash != null) {
            return SqliteStore.hash(clean).equals(cleanHash) ? null
                    : "cleaned text does not match its stored hash (changed after import): counts would be wrong";
        }
        CleaningSpec spec;
        try {
            spec = CleaningSpec.parse(cleaning);
        } catch (RuntimeException e) {
            return "unreadable cleaning rules: " + cleaning;
        }
        if (!Cleaner.forSpec(spec).clean(original).text().equals(clean)) {
            // no hash was kept for it (imported by an older Tifa): damage, or cleaning rules changed since
            return "cleaned text differs from a fresh cleaning of the original (changed after import, or cleaned by an "
                    + "older Tifa): counts may differ from today's";
        }
        return null;
    }

    /** The registered checks of stored derived counts whose table the schema has; a line saying so when there is none. */
    private List<CheckResult> derived(Connection c) throws SQLException {
        Set<String> tables = tables(c);
        List<CheckResult> out = new ArrayList<>();
        for (Check check : derivedChecks) {
            if (tables.contains(check.table())) out.add(check.run(c));
        }
        List<String> unchecked = tables.stream()
                .filter(t -> t.contains("tall") || t.contains("count"))
                .filter(t -> derivedChecks.stream().noneMatch(ch -> ch.covers().contains(t)))
                .toList();
        if (!unchecked.isEmpty()) {
            out.add(new CheckResult("derived counts", "not run", "stored counts in " + String.join(", ", unchecked)
                    + " are not verified: no recount is registered for them", List.of()));
        } else if (out.isEmpty()) {
            out.add(new CheckResult("derived counts", "not present",
                    "this store keeps no stored counts: every count is made from the cleaned texts checked above", List.of()));
        }
        return out;
    }

    /** How many documents keep their texts elsewhere (V8's text_location), or -1 for a store without that column. */
    private static int externalDocuments(Connection c) throws SQLException {
        boolean has = false;
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info('documents')"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) has |= rs.getString(1).equalsIgnoreCase("text_location");
        }
        if (!has) return -1;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM documents WHERE text_location IS NOT NULL"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        return tables(c).contains(table);
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'table'"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
