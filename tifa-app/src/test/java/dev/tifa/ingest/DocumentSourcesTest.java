package dev.tifa.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentSourcesTest {

    @Test
    void walksFoldersRecursivelyInNameOrderSkippingHiddenEntries(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b-sub/.hidden-dir"));
        Files.writeString(dir.resolve("c.txt"), "C title\n\nInvented text c.");
        Files.writeString(dir.resolve("a.md"), "A title\n\nInvented text a.");
        Files.writeString(dir.resolve("b-sub/inner.txt"), "Inner title\n\nInvented inner text.");
        Files.writeString(dir.resolve("b-sub/.hidden-dir/secret.txt"), "never read");
        Files.writeString(dir.resolve(".DS_Store"), "never read");
        Files.writeString(dir.resolve("b-sub/records.jsonl"), "{\"title\": \"r1\", \"text\": \"x\"}\n\n{\"title\": \"r2\", \"text\": \"y\"}\n");

        List<SourceItem> items = Fixtures.read(dir);

        assertThat(items).allMatch(SourceItem::ok)
                .extracting(i -> i.document().meta().title())
                .containsExactly("A title", "Inner title", "r1", "r2", "C title");
        assertThat(DocumentSources.countItems(dir)).isEqualTo(5);
    }

    @Test
    void unknownExtensionIsAProblem(@TempDir Path dir) throws IOException {
        Path docx = Files.writeString(dir.resolve("report.docx"), "PK");
        Path bare = Files.writeString(dir.resolve("README"), "text");

        assertThat(Fixtures.read(docx)).singleElement().satisfies(item -> {
            assertThat(item.location()).isEqualTo(docx.toString());
            assertThat(item.problem()).isEqualTo("unsupported file type .docx (supported: .jsonl .txt .md .html .htm .pdf .tsv, and any of them as .gz)");
        });
        assertThat(Fixtures.read(bare).get(0).problem()).startsWith("unsupported file type (no extension)");
    }

    @Test
    void aMissingPathThrowsWithAClearMessage(@TempDir Path dir) {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> new DocumentSources(ImportOptions.none()).read(missing, item -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no such file or folder: " + missing);
        assertThatThrownBy(() -> DocumentSources.countItems(missing)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheFixtureFolderWithoutThrowing() {
        List<SourceItem> items = Fixtures.read(Fixtures.path(""));

        assertThat(items).anyMatch(SourceItem::ok).anyMatch(i -> !i.ok());
        assertThat(items).filteredOn(i -> !i.ok()).allSatisfy(i -> assertThat(i.describe()).contains("fixtures"));
    }

    @Test
    void countsLinesOfJsonlAndFilesOtherwise() {
        assertThat(DocumentSources.countItems(Fixtures.path("jsonl/broken.jsonl"))).isEqualTo(6);
        assertThat(DocumentSources.countItems(Fixtures.path("html"))).isEqualTo(4);
    }
}
