package dev.tifa.store;

import dev.tifa.cli.CliRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A full disk, for real: a 2 MB tmpfs (needs root and mount; skipped, saying so, elsewhere). */
class DiskFullTest {
    @TempDir
    Path tmp;
    private Path mounted;

    @AfterEach
    void unmount() {
        if (mounted != null) Mounts.unmount(mounted);
    }

    @Test
    void aFullDiskIsSaidSoNothingIsLostAndNoTempFileIsLeft() throws IOException {
        Path mnt = Files.createDirectories(tmp.resolve("small-disk"));
        assumeTrue(Mounts.tmpfs(mnt, "2m"), "cannot mount a 2 MB tmpfs here (needs root in a container): disk-full test skipped");
        mounted = mnt;
        Path data = mnt.resolve("data");
        CliRunner tifa = new CliRunner(data);
        Path first = Files.writeString(tmp.resolve("first.txt"), "Harbour plan\n\nThe invented harbour will pursue high-quality development.\n");
        assertThat(tifa.run("import", first.toString()).exitCode()).isZero();

        Path big = Files.createDirectories(tmp.resolve("big"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(big.resolve("plan-" + i + ".txt"), "River plan " + i + "\n\n"
                    + ("The invented river authority " + i + " will dredge the channel and build new locks. ").repeat(1200));
        }
        CliRunner.Result full = tifa.run("import", big.toString());

        assertThat(full.exitCode()).isEqualTo(1);
        assertThat(full.err()).contains("no space left on device", "was not stored", "nothing stored before was lost")
                .doesNotContain("Exception");
        assertThat(tmpFiles(mnt)).isEmpty();
        CliRunner.Result docs = tifa.run("docs");
        assertThat(docs.out()).contains("Harbour plan").doesNotContain("River plan");
        assertThat(tifa.run("verify").exitCode()).isZero();

        Path filler = mnt.resolve("filler");
        fill(filler);
        CliRunner.Result add = tifa.run("glossary", "add", "river-locks", "--en", "new locks", "--note", "invented");
        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err()).contains("no space left on device");
        assertThat(tmpFiles(mnt)).isEmpty();
        Files.delete(filler);
        assertThat(tifa.run("verify").exitCode()).isZero();
    }

    private static void fill(Path file) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) out.write(block);
        } catch (IOException full) {
            // the disk is full now
        }
    }

    private static java.util.List<Path> tmpFiles(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
