package dev.tifa.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/** Recognises a full disk behind SQLite's and Java's own words for it, so that the analyst is told so plainly. */
public final class DiskFull {
    private static final int SQLITE_FULL = 13;

    private DiskFull() {
    }

    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == SQLITE_FULL || String.valueOf(s.getMessage()).contains("SQLITE_FULL"))) {
                return true;
            }
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("No space left on device")) return true;
        }
        return false;
    }

    /** The error to show: what happened, where, and that nothing was lost. */
    public static StoreException error(Path dataDir, String whatWasNotDone, Throwable cause) {
        return new StoreException("no space left on device: the disk holding " + dataDir + " is full; " + whatWasNotDone
                + ", and nothing stored before was lost. Free some space and try again", cause);
    }
}
