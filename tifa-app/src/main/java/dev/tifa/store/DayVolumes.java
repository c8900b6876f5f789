package dev.tifa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The check of {@code day_volumes} (migration V9: documents and their size per day, language, kind, series and year,
 * kept by triggers): it must equal the same sums over the documents table, since every trend's rate divides by it.
 */
final class DayVolumes {
    private static final String SUMMED = "SELECT COALESCE(doc_date, CASE WHEN year IS NULL THEN '' ELSE printf('%04d-07-01', year) END) AS day, language, kind,"
            + " COALESCE(series, '') AS series, COALESCE(year, -1) AS year, COUNT(*) AS documents, SUM(size) AS size,"
            + " SUM(CASE WHEN size < 100 AND kind <> 'news' THEN 1 ELSE 0 END) AS stubs"
            + " FROM documents GROUP BY 1, 2, 3, 4, 5";
    private static final String KEPT = "SELECT day, language, kind, series, year, documents, size, stubs FROM day_volumes";
    private static final int LISTED = 20;

    private DayVolumes() {
    }

    static StoreVerifier.CheckResult check(Connection c) throws SQLException {
        List<StoreVerifier.Finding> findings = new ArrayList<>();
        int wrong = differences(c, SUMMED + " EXCEPT " + KEPT, "documents say", findings)
                + differences(c, KEPT + " EXCEPT " + SUMMED, "day_volumes says", findings);
        if (wrong == 0) return StoreVerifier.CheckResult.ok("day volumes", "documents and sizes per day equal a recount");
        return new StoreVerifier.CheckResult("day volumes", "damaged", String.format(Locale.ROOT,
                "%d rows of documents and sizes per day differ from a recount (trend rates would be wrong)", wrong), findings);
    }

    private static int differences(Connection c, String sql, String side, List<StoreVerifier.Finding> findings) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                n++;
                if (findings.size() < LISTED) {
                    findings.add(new StoreVerifier.Finding(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getString(4), side + ": " + rs.getLong(6) + " documents, size " + rs.getLong(7) + ", stubs " + rs.getLong(8)));
                }
            }
        }
        return n;
    }
}
