package dev.tifa.commentary;

import dev.tifa.analysis.expectations.Rule;
import dev.tifa.analysis.expectations.RuleKind;
import dev.tifa.store.Database;
import dev.tifa.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Expectations of events in the shared database (table {@code expectations}). */
public final class ExpectationStore {
    private final Database db;

    public ExpectationStore(Database db) {
        this.db = db;
    }

    /** A stored rule: its number in the event's list and where it came from (a preview's key, a file, the command line). */
    public record StoredRule(long id, Rule rule, String source) {
    }

    /** Adds rules; a rule the event has already is kept once. All or none. Returns how many were new. */
    public int add(Event event, List<Rule> rules, String source) {
        return db.inTransaction(c -> {
            int added = 0;
            for (Rule r : rules) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT OR IGNORE INTO expectations (event_id, kind, term, n, source, created_at) VALUES (?,?,?,?,?,?)")) {
                    ps.setLong(1, event.id());
                    ps.setString(2, r.kind().code());
                    ps.setString(3, r.term());
                    if (r.n() == null) ps.setInt(4, 0);
                    else ps.setInt(4, r.n());
                    ps.setString(5, source);
                    ps.setString(6, Instant.now().toString());
                    added += ps.executeUpdate();
                }
            }
            return added;
        });
    }

    public List<StoredRule> rules(Event event) {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT * FROM expectations WHERE event_id = ? ORDER BY id")) {
            ps.setLong(1, event.id());
            List<StoredRule> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int n = rs.getInt("n");
                    out.add(new StoredRule(rs.getLong("id"), new Rule(RuleKind.parse(rs.getString("kind")), rs.getString("term"), n == 0 ? null : n),
                            rs.getString("source")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read expectations of " + event.key() + ": " + e.getMessage(), e);
        }
    }

}
