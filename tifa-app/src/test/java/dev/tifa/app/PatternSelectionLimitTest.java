package dev.tifa.app;

import dev.tifa.analysis.pattern.QueryPattern;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.store.DocumentFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A pattern with literal Chinese text is counted on the documents the index proposes, at any scale; one without it
 * would read every text, so beyond the limit it is refused with a way out, never a heap exhausted.
 */
class PatternSelectionLimitTest {
    @TempDir
    Path tmp;

    @Test
    void aPatternWithoutLiteralTextIsRefusedBeyondTheLimitAndOneWithItIsCounted() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(in.resolve("2030-0" + i + "-01_note.txt"), "虚构通报" + i + "\n\n虚构新区坚持改革开放不动摇，推进发展。\n");
        }
        try (Workspace ws = Workspace.open(tmp.resolve("data"))) {
            var report = new ImportService(ws).importPaths(List.of(in), ImportOptions.none(), ImportService.OnError.ABORT,
                    ImportService.Simplify.NEVER, item -> { });
            assertThat(report.problems()).isEmpty();
            PatternService limited = new PatternService(ws, 2);
            QueryPattern anyTwo = QueryPattern.compile(".{2}", QueryPattern.Mode.REGEX);

            assertThatThrownBy(() -> limited.count(anyTwo, DocumentFilter.all()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("3 documents are selected, at most 2").hasMessageContaining("narrow the selection")
                    .hasMessageContaining("literal text");
            assertThatThrownBy(() -> limited.total(anyTwo, DocumentFilter.all())).isInstanceOf(IllegalArgumentException.class);
            DocumentFilter two = new DocumentFilter(null, null, null, null, null, null, null,
                    java.time.LocalDate.of(2030, 1, 1), java.time.LocalDate.of(2030, 2, 28));
            assertThat(limited.count(anyTwo, two).present()).isEqualTo(2);

            QueryPattern gap = QueryPattern.compile("坚持…不动摇", QueryPattern.Mode.PATTERN);
            var all = limited.count(gap, DocumentFilter.all());
            assertThat(all.total()).isEqualTo(3);
            assertThat(all.selected()).isEqualTo(3);
            assertThat(limited.total(gap, DocumentFilter.all())).isEqualTo(3);

            // a table is refused beyond its budget of fillings by document; the total still counts every match
            PatternService small = new PatternService(ws, 50_000, 2);
            assertThatThrownBy(() -> small.count(gap, DocumentFilter.all()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("more than 2 different fillings by document").hasMessageContaining("narrow the selection");
            assertThat(small.total(gap, DocumentFilter.all())).isEqualTo(3);
            assertThat(new PatternService(ws, 50_000, 3).count(gap, DocumentFilter.all()).total()).isEqualTo(3);
        }
    }
}
