package dev.tifa.store;

import dev.tifa.cli.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Damage inflicted on a copy of a real store (made by {@code tifa import}); {@code tifa verify} must find each kind,
 * and other commands must not write into it or count from it silently.
 */
class StoreDamageTest {
    /** Invented texts; each marker stands once in the original and once in the cleaned text. */
    private static final String MARKER = "ZEPHYRHARBOURMARKER";

    @TempDir
    static Path shared;
    static Path pristine;

    @TempDir
    Path tmp;

    @BeforeAll
    static void makeStore() throws IOException {
        Path inbox = Files.createDirectories(shared.resolve("inbox"));
        for (int i = 0; i < 30; i++) {
            String filler = ("The invented harbour authority of district " + i + " will pursue high-quality development "
                    + "and expand opening up in every season. ").repeat(30);
            String marker = i == 7 ? " " + MARKER + " " : " ";
            Files.writeString(inbox.resolve("doc-" + i + ".txt"), "Harbour plan " + i + "\n\n" + filler + marker + filler + "\n");
        }
        pristine = shared.resolve("pristine");
        CliRunner.Result r = new CliRunner(pristine).run("import", inbox.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.exists(pristine.resolve("tifa.db-wal"))).as("checkpointed on close").isFalse();
    }

    private Path copy() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("copy"));
        Files.copy(pristine.resolve(SqliteStore.FILE), data.resolve(SqliteStore.FILE), StandardCopyOption.REPLACE_EXISTING);
        return data;
    }

    private static CliRunner.Result verify(Path data) {
        return new CliRunner(data).run("verify");
    }

    @Test
    void aPristineStoreIsSound() throws IOException {
        CliRunner.Result r = verify(copy());
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("30 documents: original matches its hash", "Sound:", "30 documents: stored glossary tallies equal a recount");
    }

    @Test
    void flippedBytesInTheOriginalTextAreFound() throws IOException {
        Path data = copy();
        flip(data.resolve(SqliteStore.FILE), 0);

        CliRunner.Result r = verify(data);

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.out()).contains("original text does not match its stored hash", "1 of 30 documents changed");
    }

    @Test
    void flippedBytesInTheCleanedTextAreFound() throws IOException {
        Path data = copy();
        flip(data.resolve(SqliteStore.FILE), 1);

        CliRunner.Result r = verify(data);

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.out()).contains("cleaned text does not match its stored hash");
    }

    @Test
    void aTruncatedFileIsFoundAndRefused() throws IOException {
        Path data = copy();
        Path file = data.resolve(SqliteStore.FILE);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }

        CliRunner.Result r = verify(data);
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.out()).contains("is truncated");

        CliRunner.Result docs = new CliRunner(data).run("docs");
        assertThat(docs.exitCode()).isEqualTo(1);
        assertThat(docs.err()).contains("is truncated").doesNotContain("Exception");
    }

    @Test
    void aZeroLengthFileIsAnErrorNotAnEmptyStore() throws IOException {
        Path data = copy();
        Files.write(data.resolve(SqliteStore.FILE), new byte[0]);

        assertThatThrownBy(() -> SqliteStore.open(data)).isInstanceOf(StoreException.class).hasMessageContaining("is empty (0 bytes)");
        CliRunner.Result docs = new CliRunner(data).run("docs");
        assertThat(docs.exitCode()).isEqualTo(1);
        assertThat(docs.err()).contains("is empty (0 bytes), not a Tifa store");
        assertThat(verify(data).exitCode()).isEqualTo(4);
        assertThat(Files.size(data.resolve(SqliteStore.FILE))).as("left as it was").isZero();
    }

    @Test
    void aTamperedTextRowIsFound() throws Exception {
        Path data = copy();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteStore.FILE));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE document_texts SET original = replace(original, 'district 3 ', 'district 33 ') "
                    + "WHERE document_id = (SELECT id FROM documents WHERE title = 'Harbour plan 3')");
            s.executeUpdate("UPDATE document_texts SET clean = replace(clean, 'district 4 ', 'district 44 ') "
                    + "WHERE document_id = (SELECT id FROM documents WHERE title = 'Harbour plan 4')");
        }

        CliRunner.Result r = verify(data);

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.out()).contains("2 of 30 documents changed", "original text does not match", "cleaned text does not match");
    }

    @Test
    void structuralDamageIsFoundAndNothingIsWrittenIntoIt() throws IOException {
        Path data = copy();
        Path file = data.resolve(SqliteStore.FILE);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long pages = f.length() / 4096;
            f.seek(4096 * (pages / 2)); // a page in the middle of the documents' b-tree: its header becomes garbage
            f.write(new byte[]{(byte) 0x0D, (byte) 0xFF, (byte) 0xFF, (byte) 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        }
        long before = Files.size(file);

        CliRunner.Result r = verify(data);
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.out()).contains("integrity").contains("damaged");

        Path more = Files.writeString(tmp.resolve("more.txt"), "Another plan\n\nThe invented river will be dredged.\n");
        CliRunner.Result imp = new CliRunner(data).run("import", more.toString());
        assertThat(imp.exitCode()).isEqualTo(1);
        assertThat(imp.err()).contains("the store is damaged", "nothing was written");
        assertThat(Files.size(file)).isEqualTo(before);
    }

    @Test
    void damageInPlaceAfterAStampedImportIsStillFoundBeforeTheNextWrite() throws IOException {
        Path data = copy();
        Path first = Files.writeString(tmp.resolve("first.txt"), "First plan\n\nThe invented canal will be widened.\n");
        assertThat(new CliRunner(data).run("import", first.toString()).exitCode()).isZero();
        Path file = data.resolve(SqliteStore.FILE);
        // the import found the store sound and left it stamped: the next write may skip reading every page
        assertThat(SoundStamp.matches(file)).isTrue();
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) { // the same file, changed in place
            long pages = f.length() / 4096;
            f.seek(4096 * (pages / 2));
            f.write(new byte[]{(byte) 0x0D, (byte) 0xFF, (byte) 0xFF, (byte) 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        }
        assertThat(SoundStamp.matches(file)).isFalse();
        long before = Files.size(file);
        Path more = Files.writeString(tmp.resolve("more.txt"), "Another plan\n\nThe invented river will be dredged.\n");
        CliRunner.Result imp = new CliRunner(data).run("import", more.toString());
        assertThat(imp.exitCode()).isEqualTo(1);
        assertThat(imp.err()).contains("the store is damaged", "nothing was written");
        assertThat(Files.size(file)).isEqualTo(before);
        assertThat(SoundStamp.matches(file)).isFalse();
    }

    @Test
    void aCopiedStoreIsCheckedAgain() throws IOException {
        Path data = copy();
        Path first = Files.writeString(tmp.resolve("first.txt"), "First plan\n\nThe invented canal will be widened.\n");
        assertThat(new CliRunner(data).run("import", first.toString()).exitCode()).isZero();
        Path elsewhere = Files.createDirectories(tmp.resolve("moved"));
        Files.copy(data.resolve(SqliteStore.FILE), elsewhere.resolve(SqliteStore.FILE), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(data.resolve(SqliteStore.FILE + ".sound"), elsewhere.resolve(SqliteStore.FILE + ".sound"));
        assertThat(SoundStamp.matches(elsewhere.resolve(SqliteStore.FILE))).as("another file, even with the same size and time").isFalse();
    }

    /** Changes two letters of the marker's {@code which}-th occurrence in the file (0: original, 1: cleaned text). */
    private static void flip(Path file, int which) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
        List<Integer> at = new java.util.ArrayList<>();
        for (int i = 0; i + marker.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) at.add(i);
        }
        assertThat(at).as("the marker once in the original and once in the cleaned text").hasSize(2);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at.get(which) + 3);
            f.write(new byte[]{'Q', 'Q'});
        }
    }
}
