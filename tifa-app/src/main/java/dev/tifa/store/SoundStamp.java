package dev.tifa.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What the store file looked like when Tifa last left it after a write into a store it had found sound: sizes and
 * modification times of {@code tifa.db} and its write-ahead log, kept beside them in {@code tifa.db.sound}. While the
 * files still look exactly so, nothing but Tifa has touched them since that check, and the next write need not read
 * every page again ({@code PRAGMA quick_check} reads the whole file: half a minute for a 3.5 GB store on a cold
 * cache). Any other change — a copy, an edit, a crash that left the log behind, another program — makes the stamp
 * disagree, and the check runs. {@code tifa verify} always runs every check.
 */
final class SoundStamp {
    private static final String SUFFIX = ".sound";

    private SoundStamp() {
    }

    /** True when {@code db} and its log are as the stamp recorded them. */
    static boolean matches(Path db) {
        Path stamp = stampOf(db);
        try {
            return Files.isRegularFile(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).strip().equals(describe(db));
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: check
        }
    }

    /** Records the files as they are now; a failure only means the next write checks again. */
    static void record(Path db) {
        Path stamp = stampOf(db);
        Path tmp = stamp.resolveSibling(stamp.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, describe(db) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, stamp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, stamp, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            forget(db);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a read-only or full disk: nothing to clean
            }
        }
    }

    /** Drops the stamp: the next write checks. */
    static void forget(Path db) {
        try {
            Files.deleteIfExists(stampOf(db));
        } catch (IOException ignored) {
            // cannot delete: it no longer matches the files anyway once they change
        }
    }

    private static Path stampOf(Path db) {
        return db.resolveSibling(db.getFileName() + SUFFIX);
    }

    private static String describe(Path db) throws IOException {
        return describeFile(db) + " " + describeFile(db.resolveSibling(db.getFileName() + "-wal"));
    }

    private static String describeFile(Path f) throws IOException {
        if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS)) return "-";
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        return a.size() + "@" + a.lastModifiedTime().toInstant() + "#" + a.fileKey();
    }
}
