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
        requireSoundForWriting(c, null);
    }

    /**
     * As {@link #requireSoundForWriting(Connection)}, skipping the read of every page while {@code db} is as Tifa
     * left it after its last write into a store found sound ({@link SoundStamp}); the stamp is dropped until the
     * store closes again after this write.
     */
    static void requireSoundForWriting(Connection c, java.nio.file.Path db) {
        requireWritable(c);
        if (db != null && SoundStamp.matches(db)) {
            SoundStamp.forget(db); // written to from now on: the stamp is made again when this session closes
            return;
        }
        quickCheck(c);
        if (db != null) SoundStamp.forget(db);
    }

    private static void requireWritable(Connection c) {
        try {
            if (c.isReadOnly()) {
                throw new StoreException("the store is read-only (a read-only folder or mount): it can be read, "
                        + "but nothing can be stored in it; nothing was written");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot use the store: " + e.getMessage(), e);
        }
    }

    private static void quickCheck(Connection c) {
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
