package dev.tifa.store;

import dev.tifa.model.Kind;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link DocumentFilter} as SQL: the WHERE clause and its parameters, over table alias {@code d}. Filtering happens
 * in the database so that a page of 75,000 items never brings the others into memory.
 */
final class DocumentQuery {
    /** Metadata columns only: lists, pages and counts never read texts. */
    static final String META_COLUMNS = "d.id, d.doc_key, d.title, d.doc_date, d.year, d.series, d.kind, d.language, "
            + "d.source, d.attributes, d.size";
    /** The day a document sorts and filters by: its date, else 1 July of its year (as {@code DocumentMeta#sortDate}). */
    // unqualified, exactly as in the indexes of V9: SQLite matches an index on an expression only to the same text
    // (the tables joined to documents have no column of these names)
    static final String DAY = "COALESCE(doc_date, CASE WHEN year IS NULL THEN NULL ELSE printf('%04d-07-01', year) END)";
    /**
     * Chronological, as the core's {@code Trend.CHRONOLOGICAL}: day (undated last), then Chinese before English, then
     * key (for news: the running order of the day), so that lists, firsts and the Spark job agree on one order.
     */
    static final String ORDER = " ORDER BY " + DAY + " IS NULL, " + DAY + ", language = 'en', doc_key, d.id";

    private final String where;
    private final List<Object> params;

    private DocumentQuery(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    static DocumentQuery of(DocumentFilter f) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!f.keys().isEmpty()) {
            List<Long> ids = f.keys().stream().filter(k -> k.matches("\\d{1,18}")).map(Long::valueOf).toList();
            String keys = "d.doc_key IN (" + marks(f.keys().size()) + ")";
            params.addAll(f.keys());
            if (!ids.isEmpty()) {
                keys = "(" + keys + " OR d.id IN (" + marks(ids.size()) + "))";
                params.addAll(ids);
            }
            clauses.add(keys);
        }
        if (!f.series().isEmpty()) {
            clauses.add("d.series IN (" + marks(f.series().size()) + ")");
            params.addAll(f.series());
        }
        if (!f.kinds().isEmpty()) {
            clauses.add("d.kind IN (" + marks(f.kinds().size()) + ")");
            f.kinds().stream().map(Kind::code).forEach(params::add);
        }
        if (f.language() != null) {
            clauses.add("d.language = ?");
            params.add(f.language().code());
        }
        if (f.fromYear() != null) {
            clauses.add("d.year >= ?");
            params.add(f.fromYear());
        }
        if (f.toYear() != null) {
            clauses.add("d.year <= ?");
            params.add(f.toYear());
        }
        if (f.fromDate() != null) {
            clauses.add(DAY + " >= ?");
            params.add(f.fromDate().toString());
        }
        if (f.toDate() != null) {
            clauses.add(DAY + " <= ?");
            params.add(f.toDate().toString());
        }
        if (f.text() != null && !f.text().isBlank()) {
            clauses.add("lower(d.title) LIKE ? ESCAPE '\\'");
            params.add("%" + f.text().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new DocumentQuery(clauses.isEmpty() ? "1" : String.join(" AND ", clauses), params);
    }

    /**
     * The filter over {@code day_volumes} (alias {@code v}, see migration V9), or null when it names keys or title
     * words, which that table does not know. Same selection as {@link #of}: a missing series or year never matches.
     */
    static DocumentQuery ofVolumes(DocumentFilter f) {
        if (!f.keys().isEmpty() || (f.text() != null && !f.text().isBlank())) return null;
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!f.series().isEmpty()) {
            clauses.add("v.series IN (" + marks(f.series().size()) + ")");
            params.addAll(f.series());
        }
        if (!f.kinds().isEmpty()) {
            clauses.add("v.kind IN (" + marks(f.kinds().size()) + ")");
            f.kinds().stream().map(Kind::code).forEach(params::add);
        }
        if (f.language() != null) {
            clauses.add("v.language = ?");
            params.add(f.language().code());
        }
        if (f.fromYear() != null) {
            clauses.add("v.year <> -1 AND v.year >= ?");
            params.add(f.fromYear());
        }
        if (f.toYear() != null) {
            clauses.add("v.year <> -1 AND v.year <= ?");
            params.add(f.toYear());
        }
        if (f.fromDate() != null) {
            clauses.add("v.day >= ?");
            params.add(f.fromDate().toString());
        }
        if (f.toDate() != null) {
            clauses.add("v.day <> '' AND v.day <= ?");
            params.add(f.toDate().toString());
        }
        return new DocumentQuery(clauses.isEmpty() ? "1" : String.join(" AND ", clauses), params);
    }

    String where() {
        return where;
    }

    /** Binds the parameters from position {@code first}; returns the next free position. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object p : params) ps.setObject(i++, p);
        return i;
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
