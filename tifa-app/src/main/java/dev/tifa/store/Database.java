package dev.tifa.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * JDBC access for the stores of later features (events, expectations) that share the documents' database and its
 * migrations. Every write goes through {@link #inTransaction}.
 */
public interface Database {
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. Called inside another
     * transaction's work, it joins that transaction (so several stores' writes can be one unit).
     */
    <T> T inTransaction(SqlWork<T> work);

    /** The connection, for reads. */
    Connection connection();

    /**
     * Before a write: refuses ({@link StoreException}) to write into a store that is read-only or that SQLite
     * reports damaged (see {@link StoreHealth}). Checked once per session; a store left by Tifa's last checked write
     * exactly as it was is not read page by page again ({@link SoundStamp}).
     */
    default void requireSoundForWriting() {
        inTransaction(c -> {
            StoreHealth.requireSoundForWriting(c);
            return null;
        });
    }
}
