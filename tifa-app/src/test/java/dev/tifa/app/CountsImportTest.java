package dev.tifa.app;

import dev.tifa.model.Concept;
import dev.tifa.store.TallyTable.TalliedConcept;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The loader of Spark outputs without Spark: the CSV tables are written here by hand, in the layout tifa-spark writes
 * (the end-to-end test with the real job is tifa-spark's BackIntoTifaTest). Invented texts only.
 */
class CountsImportTest {
    @TempDir
    Path temp;

    @Test
    void readsQuotedCellsWithCommasQuotesAndLineBreaks() throws IOException {
        List<java.util.Map<String, String>> rows = new ArrayList<>();
        SparkCsv.rows(new StringReader("p,q,r\na,\"b, \"\"c\"\"\",\n\"x\ny\",,\"\"\n"), "t.csv", rows::add);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("p", "a").containsEntry("q", "b, \"c\"").containsEntry("r", null);
        assertThat(rows.get(1)).containsEntry("p", "x\ny").containsEntry("q", null).containsEntry("r", "");
    }

    @Test
    void aRowWithTooManyCellsIsNamedWithItsFileAndRow() {
        assertThatThrownBy(() -> SparkCsv.rows(new StringReader("p,q\na,b\nc,d,e\n"), "t.csv", r -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("t.csv: row 3: ");
    }

    @Test
    void storesMetadataAndTalliesWithoutTextsAndSaysWhereTheTextsAre() throws IOException {
        Path out = output("doc_key,date,year,series,kind,language,size,title,source,location,running_order\n"
                        + "x-2024,2024-03-05,2024,,official,zh,40,\"题目, 带逗号\",,/in/a.jsonl:1,\n",
                "doc_key,date,series,kind,language,size,concept,form,total,standalone,source\n"
                        + "x-2024,2024-03-05,,official,zh,40,new-quality-productive-forces,新质生产力,2,2,\n");
        try (Workspace ws = Workspace.open(temp.resolve("data"))) {
            CountsImport.Result r = new CountsImport(ws).load(out);
            assertThat(r.stored()).isEqualTo(1);
            Concept c = ws.glossary().concept("new-quality-productive-forces").orElseThrow();
            FormulationService service = new FormulationService(ws);
            assertThat(service.occurrences(c, dev.tifa.store.DocumentFilter.all(), dev.tifa.text.match.MatchOptions.defaults())).isEqualTo(2);
            CountTable phrase = service.count(List.of(Concept.adHoc("先进生产力")), dev.tifa.store.DocumentFilter.all(),
                    dev.tifa.text.match.MatchOptions.defaults());
            assertThat(phrase.documents()).isEmpty();
            assertThat(phrase.notes()).singleElement().asString().contains("counted on the cluster", "x-2024 → /in/a.jsonl:1");
            assertThat(new ExternalTexts(ws).passages(c, dev.tifa.store.DocumentFilter.all()))
                    .containsExactly("x-2024: 2 occurrence(s) counted on the cluster, text at /in/a.jsonl:1 (run the job with --hits to record their offsets)");
        }
    }

    @Test
    void aBadCellNamesTheFileAndRowAndAKeyHeldByAnotherDocumentIsNotReplaced() throws IOException {
        Path out = output("doc_key,date,year,series,kind,language,size,title,source,location,running_order\n"
                        + "y-1,2024-03-05,2024,,official,zh,40,甲,,/in/b.jsonl:1,\n",
                "doc_key,date,series,kind,language,size,concept,form,total,standalone,source\n");
        try (Workspace ws = Workspace.open(temp.resolve("data"))) {
            assertThat(new CountsImport(ws).load(out).stored()).isEqualTo(1);
            Files.writeString(out.resolve("csv/documents/part-00000.csv"),
                    "doc_key,date,year,series,kind,language,size,title,source,location,running_order\n"
                            + "y-1,2024-03-05,2024,,official,zh,40,甲,,/in/other.jsonl:9,\n"
                            + "y-2,2024-03-06,2024,,official,zh,many,乙,,/in/b.jsonl:2,\n");
            assertThatThrownBy(() -> new CountsImport(ws).load(out)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("part-00000.csv: row 3: column size is not a whole number: 'many'");
            Files.writeString(out.resolve("csv/documents/part-00000.csv"),
                    "doc_key,date,year,series,kind,language,size,title,source,location,running_order\n"
                            + "y-1,2024-03-05,2024,,official,zh,40,甲,,/in/other.jsonl:9,\n");
            CountsImport.Result r = new CountsImport(ws).load(out);
            assertThat(r.stored()).isZero();
            assertThat(r.refused()).singleElement().asString().contains("y-1", "text at /in/b.jsonl:1");
        }
    }

    @Test
    void anOutputWithoutItsGlossaryIsRefused() throws IOException {
        Path out = output("doc_key\n", "doc_key\n");
        Files.walk(out.resolve("csv/glossary")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        try (Workspace ws = Workspace.open(temp.resolve("data"))) {
            assertThatThrownBy(() -> new CountsImport(ws).load(out)).hasMessageContaining("does not record the glossary");
        }
    }

    /** An output folder with the given documents and counts tables and the default glossary's fingerprints. */
    /**
     * More documents than one batch and one lookup: the counts are spilled to a scratch file and looked up batch by
     * batch, each document getting its own rows and none of another's; the scratch file is gone afterwards.
     */
    @Test
    void countsSpreadOverManyBatchesReachTheirOwnDocuments() throws IOException {
        int n = 2_345;
        StringBuilder docs = new StringBuilder("doc_key,date,year,series,kind,language,size,title,source,location,running_order\n");
        StringBuilder counts = new StringBuilder("doc_key,date,series,kind,language,size,concept,form,total,standalone,source\n");
        for (int i = 0; i < n; i++) {
            docs.append("z-").append(i).append(",2024-03-05,2024,,official,zh,40,题").append(i).append(",,/in/z.jsonl:").append(i + 1).append(",\n");
        }
        for (int i = n - 1; i >= 0; i--) { // in another order than the documents, as a job may write them
            counts.append("z-").append(i).append(",2024-03-05,,official,zh,40,new-quality-productive-forces,新质生产力,")
                    .append(i % 7 + 1).append(",").append(i % 7 + 1).append(",\n");
        }
        Path out = output(docs.toString(), counts.toString());
        java.util.function.Supplier<Long> scratch = () -> {
            try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                return s.filter(p -> p.getFileName().toString().startsWith("tifa-import-counts")).count();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        long before = scratch.get();
        try (Workspace ws = Workspace.open(temp.resolve("data"))) {
            CountsImport.Result r = new CountsImport(ws).load(out);
            assertThat(r.stored()).isEqualTo(n);
            Concept c = ws.glossary().concept("new-quality-productive-forces").orElseThrow();
            long expected = 0;
            for (int i = 0; i < n; i++) expected += i % 7 + 1;
            assertThat(new FormulationService(ws).occurrences(c, dev.tifa.store.DocumentFilter.all(),
                    dev.tifa.text.match.MatchOptions.defaults())).isEqualTo(expected);
            var table = new FormulationService(ws).count(List.of(c), dev.tifa.store.DocumentFilter.all(), dev.tifa.text.match.MatchOptions.defaults());
            for (var d : table.documents()) {
                int i = Integer.parseInt(d.document().key().substring(2));
                assertThat(d.count(c.id()).total()).as(d.document().key()).isEqualTo(i % 7 + 1);
            }
        }
        assertThat(scratch.get()).isEqualTo(before);
    }

    private Path output(String documents, String counts) throws IOException {
        Path out = temp.resolve("out");
        write(out, "documents", documents);
        write(out, "counts", counts);
        List<String> rows = new ArrayList<>(List.of("concept,fingerprint,forms"));
        for (Concept c : Workspace.glossaryOf(temp.resolve("data")).concepts()) {
            TalliedConcept t = GlossaryTallies.fingerprint(c);
            rows.add(t.id() + "," + t.fingerprint() + ",\"" + t.forms().replace("\"", "\"\"") + "\"");
        }
        write(out, "glossary", String.join("\n", rows) + "\n");
        return out;
    }

    private static void write(Path out, String table, String text) throws IOException {
        Path dir = Files.createDirectories(out.resolve("csv").resolve(table));
        Files.writeString(dir.resolve("part-00000.csv"), text);
    }
}
