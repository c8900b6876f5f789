package dev.tifa.store;

import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opening a store that cannot be written (a read-only mount, a colleague's folder, a CD): read-only, without
 * migrating, as long as its schema is already current. {@code docs}, {@code count} and {@code serve} then work;
 * a write says plainly that the store is read-only.
 */
final class ReadOnlyOpen {
    private ReadOnlyOpen() {
    }

    /** Whether the store exists and its file, or its folder (where SQLite keeps its -wal and -shm files), is not writable. */
    static boolean needed(Path dataDir, Path file) {
        return Files.exists(file) && (!Files.isWritable(file) || !Files.isWritable(dataDir));
    }

    /** A read-only JDBC address for the store file. */
    static String url(Path dataDir, Path file) {
        // in a folder SQLite cannot write to, it cannot make the WAL's shared-memory file: nothing can change the
        // file while it is read-only, so it is opened as immutable (no locking, no -shm)
        String uri = file.toAbsolutePath().toUri().toString().replaceFirst("^file:///", "file:/");
        return "jdbc:sqlite:" + uri + (Files.isWritable(dataDir) ? "?mode=ro" : "?immutable=1");
    }

    /** @throws StoreException when the schema needs a migration, which cannot be done without writing */
    static SQLiteDataSource dataSource(Path dataDir, Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url(dataDir, file));
        int pending = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().info().pending().length;
        if (pending > 0) {
            throw new StoreException("the store at " + file + " is read-only and needs upgrading for this version of Tifa ("
                    + pending + " schema change(s)): open it once where it can be written");
        }
        return ds;
    }
}
