package dev.tifa.app;

import dev.tifa.model.Language;
import dev.tifa.store.Database;
import dev.tifa.store.StoreException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The analyst's decisions about discovered candidates (table {@code discovery_decisions}): one per candidate text. */
public final class DecisionStore {
    /** One decision. */
    public record Decision(Language language, String candidate, String decision, String conceptId, List<String> themes,
                           String documentKey, String decidedAt) {
        public boolean accepted() {
            return decision.equals("accepted");
        }
    }

    private final Database db;

    public DecisionStore(Database db) {
        this.db = db;
    }

    /** Records (or replaces) the decision about {@code d.candidate()}, in one transaction. */
    public void save(Decision d) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO discovery_decisions "
                    + "(language, candidate, decision, concept_id, themes, document_key, decided_at) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, d.language().code());
                ps.setString(2, d.candidate());
                ps.setString(3, d.decision());
                ps.setString(4, d.conceptId());
                ps.setString(5, String.join(",", d.themes()));
                ps.setString(6, d.documentKey());
                ps.setString(7, d.decidedAt() == null ? Instant.now().toString() : d.decidedAt());
                return ps.executeUpdate();
            }
        });
    }

    /** Every decision in {@code language}, by candidate text. */
    public Map<String, Decision> all(Language language) {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT * FROM discovery_decisions WHERE language = ?")) {
            ps.setString(1, language.code());
            Map<String, Decision> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String themes = rs.getString("themes");
                    out.put(rs.getString("candidate"), new Decision(language, rs.getString("candidate"), rs.getString("decision"),
                            rs.getString("concept_id"), themes.isEmpty() ? List.of() : List.of(themes.split(",")),
                            rs.getString("document_key"), rs.getString("decided_at")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read discovery decisions: " + e.getMessage(), e);
        }
    }
}
