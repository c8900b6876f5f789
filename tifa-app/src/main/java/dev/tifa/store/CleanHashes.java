package dev.tifa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Keeps the hash of each new document's cleaned text ({@code clean_hashes}), in the transaction that stored it, so
 * that {@link StoreVerifier} can find a changed byte in the text all counting runs on.
 */
public final class CleanHashes {
    private CleanHashes() {
    }

    /** Records the cleaned text's hash of every newly added document among {@code saved}. */
    public static void record(Connection c, List<Store.Saved> saved) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO clean_hashes (document_id, hash) VALUES (?, ?)")) {
            for (Store.Saved s : saved) {
                if (s.alreadyStored()) continue;
                ps.setLong(1, s.document().id());
                ps.setString(2, SqliteStore.hash(s.document().clean()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
