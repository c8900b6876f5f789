package dev.tifa.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Backup and restore of a whole data directory. A backup is itself a data directory: {@code tifa.db} written by
 * SQLite's {@code VACUUM INTO} (a consistent, compact copy, taken while others read) and the user's
 * {@code glossary.yaml}; it is verified before it is given its name, so a backup that exists is a sound one.
 * Copy the folder to another machine, check it there with {@code tifa verify --data BACKUP}, and restore it, or
 * simply use it as the data directory.
 */
public final class StoreBackup {
    public static final String USER_GLOSSARY = "glossary.yaml";

    /** What was written or restored, checked by {@link StoreVerifier}. */
    public record Outcome(Path directory, int documents, long bytes, StoreVerifier.Report verified, Path replacedKeptAt) {
    }

    private final StoreVerifier verifier;

    public StoreBackup(StoreVerifier verifier) {
        this.verifier = verifier;
    }

    /**
     * Writes a backup of the open store (its connection {@code c}) in {@code dataDir} to the new folder {@code dest}.
     *
     * @throws StoreException when {@code dest} exists and is not empty, when the disk is full (nothing is left
     *                        behind), or when the copy does not verify
     */
    public Outcome backup(Connection c, Path dataDir, Path dest) {
        if (Files.exists(dest) && !isEmptyDirectory(dest)) {
            throw new StoreException(dest + " already exists and is not empty: give a new folder for the backup");
        }
        Path parent = dest.toAbsolutePath().getParent();
        Path work = null;
        try {
            Files.createDirectories(parent);
            work = Files.createTempDirectory(parent, "." + dest.getFileName() + ".partial-");
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, work.resolve(SqliteStore.FILE).toString());
                ps.execute();
            }
            copyIfExists(dataDir.resolve(USER_GLOSSARY), work.resolve(USER_GLOSSARY));
            StoreVerifier.Report report = verifier.verify(work);
            if (!report.sound()) throw new StoreException("the backup does not verify (the store itself is damaged? run tifa verify); no backup written");
            if (Files.exists(dest)) Files.delete(dest); // the empty folder given
            Files.move(work, dest, StandardCopyOption.ATOMIC_MOVE);
            work = null;
            return new Outcome(dest, report.documents(), Files.size(dest.resolve(SqliteStore.FILE)),
                    verifier.verify(dest), null);
        } catch (SQLException | IOException e) {
            if (DiskFull.causedBy(e)) throw DiskFull.error(parent, "no backup was written", e);
            throw new StoreException("backup failed, nothing was written: " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Restores the backup in folder {@code source} (or a {@code tifa.db} file) into {@code dataDir}. A store already
     * there is replaced only when {@code replace} is given, and is then kept in a {@code replaced-…} folder beside,
     * never deleted.
     *
     * @throws StoreException when the backup does not verify, or a store is there and {@code replace} is false
     */
    public Outcome restore(Path source, Path dataDir, boolean replace) {
        Path from = Files.isDirectory(source) ? source : source.toAbsolutePath().getParent();
        Path db = Files.isDirectory(source) ? source.resolve(SqliteStore.FILE) : source;
        if (!Files.isRegularFile(db)) throw new StoreException("no backup at " + source + " (expected a folder with " + SqliteStore.FILE + ")");
        if (!db.getFileName().toString().equals(SqliteStore.FILE)) {
            throw new StoreException(db + ": a backup file must be named " + SqliteStore.FILE + " (or give its folder)");
        }
        StoreVerifier.Report before = verifier.verify(from);
        if (!before.sound()) throw new StoreException("the backup at " + db + " does not verify (run tifa verify --data " + from + "); nothing was restored");
        Path target = dataDir.resolve(SqliteStore.FILE);
        Path kept = null;
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(target)) {
                if (!replace) throw new StoreException(dataDir + " already holds a store: add --replace to replace it (it is kept in a replaced-… folder)");
                kept = dataDir.resolve("replaced-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Files.createDirectories(kept);
                // the store's -wal and -shm files go with it: left beside the restored file they would corrupt it
                for (String name : List.of(SqliteStore.FILE, SqliteStore.FILE + "-wal", SqliteStore.FILE + "-shm", USER_GLOSSARY)) {
                    if (Files.exists(dataDir.resolve(name))) Files.move(dataDir.resolve(name), kept.resolve(name));
                }
            }
            copyAtomically(db, target);
            if (Files.exists(from.resolve(USER_GLOSSARY))) copyAtomically(from.resolve(USER_GLOSSARY), dataDir.resolve(USER_GLOSSARY));
            StoreVerifier.Report after = verifier.verify(dataDir);
            return new Outcome(dataDir, after.documents(), Files.size(target), after, kept);
        } catch (IOException e) {
            if (DiskFull.causedBy(e)) {
                throw DiskFull.error(dataDir, "the restore was not completed" + (kept == null ? "" : " (the previous store is in " + kept + ")"), e);
            }
            throw new StoreException("restore failed: " + e.getMessage() + (kept == null ? "" : " (the previous store is in " + kept + ")"), e);
        }
    }

    /** Copies to a temporary name beside the target, then renames: never a half-written file under the real name. */
    private static void copyAtomically(Path from, Path to) throws IOException {
        Path tmp = to.resolveSibling(to.getFileName() + ".tmp");
        try {
            Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void copyIfExists(Path from, Path to) throws IOException {
        if (Files.exists(from)) Files.copy(from, to);
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a partial backup left behind is named .partial-…; nothing else to do
        }
    }
}
