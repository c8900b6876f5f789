package dev.tifa.store;

import dev.tifa.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A store moved to another machine: backed up, copied, verified there, restored, and counted the same. */
class BackupRestoreTest {
    @TempDir
    Path tmp;

    private CliRunner storeWithDocuments() throws IOException {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("a.txt"), "Harbour plan\n\nThe invented harbour will pursue high-quality development. High-quality development!\n");
        Files.writeString(inbox.resolve("b.txt"), "River plan\n\nThe invented river will pursue high-quality development.\n");
        CliRunner tifa = new CliRunner(tmp.resolve("data"));
        assertThat(tifa.run("import", inbox.toString()).exitCode()).isZero();
        assertThat(tifa.run("glossary", "add", "river-locks", "--en", "new locks", "--note", "invented").exitCode()).isZero();
        return tifa;
    }

    @Test
    void aBackupMovedToAnotherPlaceVerifiesAndRestoresWithTheSameCounts() throws IOException {
        CliRunner tifa = storeWithDocuments();
        String counts = tifa.run("count", "high-quality development", "--format", "csv").out();

        CliRunner.Result backup = tifa.run("backup", tmp.resolve("backup").toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backed up 2 documents", "verified: sound");

        // "another machine": the folder copied elsewhere
        Path moved = Files.createDirectories(tmp.resolve("elsewhere/backup"));
        try (Stream<Path> files = Files.list(tmp.resolve("backup"))) {
            for (Path f : files.toList()) Files.copy(f, moved.resolve(f.getFileName()));
        }
        assertThat(new CliRunner(moved).run("verify").exitCode()).isZero();

        CliRunner there = new CliRunner(tmp.resolve("elsewhere/data"));
        CliRunner.Result restore = there.run("restore", moved.toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored 2 documents", "verified: sound");
        assertThat(there.run("count", "high-quality development", "--format", "csv").out()).isEqualTo(counts);
        assertThat(there.run("glossary", "list").out()).contains("river-locks");
    }

    @Test
    void anExistingStoreIsReplacedOnlyOnRequestAndKept() throws IOException {
        CliRunner tifa = storeWithDocuments();
        assertThat(tifa.run("backup", tmp.resolve("backup").toString()).exitCode()).isZero();
        assertThat(tifa.run("backup", tmp.resolve("backup").toString()).err()).contains("already exists and is not empty");

        CliRunner.Result refused = tifa.run("restore", tmp.resolve("backup").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("already holds a store: add --replace");

        CliRunner.Result replaced = tifa.run("restore", tmp.resolve("backup").toString(), "--replace");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("is kept in");
        try (Stream<Path> kept = Files.list(tmp.resolve("data"))) {
            Path dir = kept.filter(p -> p.getFileName().toString().startsWith("replaced-")).findFirst().orElseThrow();
            assertThat(dir.resolve(SqliteStore.FILE)).exists();
        }
        assertThat(tifa.run("docs").out()).contains("2 documents");
    }

    @Test
    void aDamagedBackupIsNotRestored() throws IOException {
        CliRunner tifa = storeWithDocuments();
        assertThat(tifa.run("backup", tmp.resolve("backup").toString()).exitCode()).isZero();
        Path copy = Files.createDirectories(tmp.resolve("damaged"));
        Files.copy(tmp.resolve("backup").resolve(SqliteStore.FILE), copy.resolve(SqliteStore.FILE), StandardCopyOption.REPLACE_EXISTING);
        try (RandomAccessFile f = new RandomAccessFile(copy.resolve(SqliteStore.FILE).toFile(), "rw")) {
            f.setLength(f.length() - 1000);
        }

        CliRunner there = new CliRunner(tmp.resolve("other"));
        CliRunner.Result r = there.run("restore", copy.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("does not verify", "nothing was restored");
        assertThat(tmp.resolve("other").resolve(SqliteStore.FILE)).doesNotExist();
    }
}
