package dev.tifa.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What there is to filter by, as SQL aggregates over metadata: series and their sizes, the years covered. */
public final class Catalog {
    /** Documents without a series are counted under this name. */
    public static final String NO_SERIES = "(none)";

    private final Database db;

    public Catalog(Database db) {
        this.db = db;
    }

    /** Selected documents per series, by series name. */
    public Map<String, Long> perSeries(DocumentFilter filter) {
        DocumentQuery v = DocumentQuery.ofVolumes(filter); // the kept sums (V9) where the filter allows: no scan
        DocumentQuery q = v != null ? v : DocumentQuery.of(filter);
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement(v != null
                ? "SELECT CASE WHEN v.series = '' THEN '" + NO_SERIES + "' ELSE v.series END, SUM(v.documents) FROM day_volumes v WHERE "
                + q.where() + " GROUP BY 1"
                : "SELECT COALESCE(d.series, '" + NO_SERIES + "'), COUNT(*) FROM documents d WHERE " + q.where() + " GROUP BY 1")) {
            q.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
        return out;
    }

    /** Every series in the store, sorted. */
    public List<String> series() {
        return new ArrayList<>(perSeries(DocumentFilter.all()).keySet());
    }

    /** The earliest and latest year in the store, or nulls. */
    public Integer[] years() {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT MIN(year), MAX(year) FROM day_volumes WHERE year <> -1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            int min = rs.getInt(1);
            if (rs.wasNull()) return new Integer[]{null, null};
            return new Integer[]{min, rs.getInt(2)};
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }
}
