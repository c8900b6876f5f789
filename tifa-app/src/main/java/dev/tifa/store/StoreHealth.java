package dev.tifa.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The check before a write: nothing is written into a store SQLite itself reports damaged. */
public final class StoreHealth {
    private StoreHealth() {
    }

    /**
     * Runs {@code PRAGMA quick_check} (the structure of every page, without the slower index cross-checks).
     *
     * @throws StoreException when SQLite reports damage: writing would bury it under new data
     */
    public static void requireSoundForWriting(Connection c) {
        try {
            if (c.isReadOnly()) {
                throw new StoreException("the store is read-only (a read-only folder or mount): it can be read, "
                        + "but nothing can be stored in it; nothing was written");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot use the store: " + e.getMessage(), e);
        }
        String first;
        try (PreparedStatement ps = c.prepareStatement("PRAGMA quick_check(1)"); ResultSet rs = ps.executeQuery()) {
            first = rs.next() ? rs.getString(1) : "ok";
        } catch (SQLException e) {
            first = e.getMessage();
        }
        if (!"ok".equals(first)) {
            throw new StoreException("the store is damaged (" + first + "); nothing was written. Run tifa verify, "
                    + "and restore a backup (tifa backup / tifa restore) or start a new data directory");
        }
    }
}
