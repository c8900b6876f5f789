package dev.tifa.store;

import dev.tifa.cli.CliRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A store on a read-only mount (or in a folder the user cannot write) can still be read. */
class ReadOnlyStoreTest {
    @TempDir
    Path tmp;
    private Path mounted;

    @AfterEach
    void unmount() {
        if (mounted != null) Mounts.unmount(mounted);
    }

    /** The data directory, made read-only: a read-only bind mount as root, else the folder's write permission taken. */
    private Path readOnly(Path data) throws IOException {
        Path target = Files.createDirectories(tmp.resolve("ro"));
        if (Mounts.readOnlyBind(data, target)) {
            mounted = target;
            return target;
        }
        boolean changed = data.toFile().setWritable(false, false) && data.resolve(SqliteStore.FILE).toFile().setWritable(false, false);
        assumeTrue(changed && !Files.isWritable(data), "cannot make a read-only folder here (root without mount): test skipped");
        return data;
    }

    @Test
    void docsCountAndVerifyWorkAndAWriteSaysWhy() throws IOException {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("plan.txt"), "Harbour plan\n\nThe invented harbour will pursue high-quality development.\n");
        Path data = tmp.resolve("data");
        assertThat(new CliRunner(data).run("import", inbox.toString()).exitCode()).isZero();
        Path ro = readOnly(data);
        List<String> files;
        try (var listing = Files.list(ro)) {
            files = listing.map(p -> p.getFileName().toString()).sorted().toList(); // the store and its sound stamp
        }
        CliRunner tifa = new CliRunner(ro);

        CliRunner.Result docs = tifa.run("docs");
        assertThat(docs.exitCode()).as(docs.err()).isZero();
        assertThat(docs.out()).contains("Harbour plan");
        CliRunner.Result count = tifa.run("count", "high-quality development", "--kind", "official");
        assertThat(count.exitCode()).as(count.err()).isZero();
        assertThat(tifa.run("verify").exitCode()).isZero();

        try (dev.tifa.app.Workspace ws = dev.tifa.app.Workspace.open(ro);
             dev.tifa.web.WebServer server = dev.tifa.web.WebServer.start(ws, "127.0.0.1", 0)) {
            java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + "api/docs")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Harbour plan");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }

        Path more = Files.writeString(tmp.resolve("more.txt"), "River plan\n\nThe invented river will be dredged.\n");
        CliRunner.Result imp = tifa.run("import", more.toString());
        assertThat(imp.exitCode()).isEqualTo(1);
        assertThat(imp.err()).contains("read-only").doesNotContain("Exception");
        assertThat(files).contains(SqliteStore.FILE);
        assertThat(Files.list(ro).map(p -> p.getFileName().toString()).sorted()).as("nothing made in a read-only store").isEqualTo(files);
    }
}
