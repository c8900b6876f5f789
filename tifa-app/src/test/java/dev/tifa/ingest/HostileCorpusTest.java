package dev.tifa.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A folder of hostile files, generated here, read in one run: each good file read, each bad one named once. */
class HostileCorpusTest {

    @Test
    void everyGoodFileIsReadAndEveryBadOneNamedOnce(@TempDir Path dir) throws IOException {
        Map<String, String> expected = HostileFiles.writeCorpus(dir);
        List<SourceItem> items = new ArrayList<>();

        new DocumentSources(ImportOptions.none()).read(dir, items::add);

        expected.forEach((name, problem) -> {
            List<SourceItem> mine = items.stream().filter(i -> Path.of(i.location().replaceFirst(":\\d+$", "")).getFileName().toString().equals(name)).toList();
            if (problem == null) {
                assertThat(mine).as(name).isNotEmpty().allSatisfy(i -> assertThat(i.problem()).as(name).isNull());
            } else {
                assertThat(mine).as(name).singleElement().satisfies(i -> assertThat(i.problem()).as(name).contains(problem));
            }
        });
        assertThat(items).hasSize(expected.size());
        SourceItem gbk = items.stream().filter(i -> i.location().endsWith("g-gbk.html")).findFirst().orElseThrow();
        assertThat(gbk.document().original()).contains("虚构的港口今年要推进高质量发展");
        assertThat(gbk.document().meta().language()).isEqualTo(dev.tifa.model.Language.ZH);
    }
}
