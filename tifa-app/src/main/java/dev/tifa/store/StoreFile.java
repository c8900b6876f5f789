package dev.tifa.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What can be told about {@code tifa.db} from its first 100 bytes and its size, without SQLite: whether it is empty,
 * not an SQLite file, or shorter than its header says (truncated in a copy or on a full disk). Constant time, so it
 * runs on every open.
 */
public final class StoreFile {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;

    private StoreFile() {
    }

    /** The damage the file shows, in words for the analyst, or empty when it looks whole (or does not exist yet). */
    public static Optional<String> damage(Path file) {
        if (!Files.exists(file)) return Optional.empty();
        try {
            long size = Files.size(file);
            if (size == 0) {
                return Optional.of(file + " is empty (0 bytes), not a Tifa store: move it away to start a new store, "
                        + "or put a backup in its place");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEADER);
            }
            if (head.length < HEADER || !startsWithMagic(head)) {
                return Optional.of(file + " is not an SQLite database (its first bytes are wrong): not a Tifa store, or overwritten");
            }
            ByteBuffer b = ByteBuffer.wrap(head);
            int pageSize = Short.toUnsignedInt(b.getShort(16));
            if (pageSize == 1) pageSize = 65536;
            long headerPages = Integer.toUnsignedLong(b.getInt(28));
            boolean headerPagesValid = b.getInt(24) == b.getInt(92); // SQLite trusts the count only then
            if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
                return Optional.of(file + " has a damaged header (page size " + pageSize + ")");
            }
            if (size % pageSize != 0) {
                return Optional.of(file + " is truncated or damaged: " + size + " bytes is not a whole number of "
                        + pageSize + "-byte pages (run tifa verify; restore a backup)");
            }
            if (headerPagesValid && headerPages > 0 && size < headerPages * pageSize) {
                return Optional.of(file + " is truncated: its header counts " + headerPages + " pages, the file holds "
                        + size / pageSize + " (run tifa verify; restore a backup)");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static boolean startsWithMagic(byte[] head) {
        for (int i = 0; i < MAGIC.length; i++) if (head[i] != MAGIC[i]) return false;
        return true;
    }
}
