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
}
