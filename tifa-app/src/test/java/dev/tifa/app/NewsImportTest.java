package dev.tifa.app;

import dev.tifa.analysis.time.Period;
import dev.tifa.analysis.time.PeriodPoint;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.ingest.SourceItem;
import dev.tifa.model.Concept;
import dev.tifa.model.Kind;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.MatchOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Importing daily news from compressed JSON Lines: recognised, streamed, and bad input handled like small input. */
class NewsImportTest {
    @TempDir
    Path dir;
    private Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("data"));
        ws.onNotice(m -> { });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** An invented news line in the fields of the CCTV transcripts. */
    private static String item(String day, int num, String title, String text) {
        return "{\"date\": \"" + day + "\", \"num\": " + num + ", \"title\": \"" + title + "\", \"url\": \"https://tv.cctv.com/"
                + day.replace('-', '/') + "/VIDE" + num + ".shtml\", \"text\": \"" + text + "\"}";
    }

    private static List<String> days() {
        List<String> lines = new ArrayList<>();
        lines.add(item("2030-01-02", 1, "[视频]头条新闻", "会议强调，要发展新质生产力，推动高质量发展。"));
        lines.add(item("2030-01-02", 2, "[视频]第二条", "各地加快发展新质生产力。"));
        lines.add(item("2030-01-20", 1, "[视频]头条新闻", "会议强调，要发展新质生产力，推动高质量发展。"));
        lines.add(item("2030-03-05", 4, "[视频]第四条", "今年春耕进展顺利。"));
        return lines;
    }

    private Path gz(String name, List<String> lines) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(String.join("\n", lines).concat("\n").getBytes(StandardCharsets.UTF_8));
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private ImportService.Report importAll(ImportService.OnError onError, Path... paths) {
        return new ImportService(ws).importPaths(List.of(paths), ImportOptions.none(), onError, ImportService.Simplify.AUTO, i -> { });
    }

    @Test
    void newsLinesBecomeNewsItemsWithReadableKeysAndTheSameTextOnTwoDaysIsTwoItems() throws IOException {
        var r = importAll(ImportService.OnError.ABORT, gz("xwlb-2030.jsonl.gz", days()));
        assertThat(r.problems()).isEmpty();
        assertThat(r.saved()).extracting(s -> s.document().key())
                .containsExactly("xwlb-2030-01-02-01", "xwlb-2030-01-02-02", "xwlb-2030-01-20-01", "xwlb-2030-03-05-04");
        var first = r.saved().get(0).document().meta();
        assertThat(first.kind()).isEqualTo(Kind.NEWS);
        assertThat(first.series()).isEqualTo("xwlb");
        assertThat(first.attributes()).containsEntry("num", "1");
        // again: nothing new
        assertThat(importAll(ImportService.OnError.ABORT, gz("again.jsonl.gz", days())).added()).isZero();
    }

    @Test
    void aTrendByMonthComesFromTheTalliesAndMarksMonthsWithoutItems() throws IOException {
        importAll(ImportService.OnError.ABORT, gz("xwlb-2030.jsonl.gz", days()));
        Concept nqpf = ws.glossary().conceptWithForm("新质生产力").orElseThrow();
        List<PeriodPoint> months = new TrendService(ws).byPeriod(List.of(nqpf), DocumentFilter.all(), MatchOptions.defaults(), Period.MONTH);
        assertThat(months).extracting(PeriodPoint::period).containsExactly("2030-01", "2030-02", "2030-03");
        PeriodPoint jan = months.get(0);
        assertThat(jan.total()).isEqualTo(3);
        assertThat(jan.itemsWith()).isEqualTo(3);
        assertThat(jan.items()).isEqualTo(3);
        assertThat(jan.leadShare()).isEqualTo(2 / 3.0);
        assertThat(months.get(1).gap()).isEqualTo("no items");
        assertThat(months.get(2).total()).isZero();
        assertThat(months.get(2).isGap()).as("a month whose items do not mention it is a zero, not a gap").isFalse();
        // the same numbers when the phrase is matched text by text instead
        List<PeriodPoint> scanned = new TrendService(ws).byPeriod(List.of(Concept.adHoc("新质生产力")), DocumentFilter.all(),
                MatchOptions.defaults(), Period.MONTH);
        assertThat(scanned).extracting(PeriodPoint::total).containsExactly(3, 0, 0);
    }

    @Test
    void aBrokenLineInTheMiddleIsNamedAndTheRestStored() throws IOException {
        List<String> lines = new ArrayList<>(days());
        lines.set(1, "{\"date\": \"2030-01-02\", \"num\": 2, \"title\": \"断了");
        Path file = gz("xwlb-2030.jsonl.gz", lines);
        var r = importAll(ImportService.OnError.SKIP, file);
        assertThat(r.problems()).extracting(SourceItem::location).containsExactly(file + ":2");
        assertThat(r.added()).isEqualTo(3);
    }

    @Test
    void aTruncatedGzipKeepsTheLinesBeforeTheBreakOrNothingWithAbort() throws IOException {
        importAll(ImportService.OnError.ABORT, gz("before.jsonl.gz", List.of(item("2029-12-31", 1, "[视频]旧闻", "去年的新闻。"))));
        List<String> many = new ArrayList<>();
        for (int i = 1; i <= 400; i++) many.add(item("2030-02-" + String.format("%02d", 1 + i % 28), i, "[视频]条目" + i, "第" + i + "条新闻，内容各不相同：" + i * 7919));
        Path whole = gz("whole.jsonl.gz", many);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("xwlb-cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length * 2 / 3));

        var abort = importAll(ImportService.OnError.ABORT, cut);
        assertThat(abort.aborted()).isTrue();
        assertThat(ws.store().count()).as("nothing from the run, nothing stored before lost").isEqualTo(1);

        var skip = importAll(ImportService.OnError.SKIP, cut);
        assertThat(skip.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).startsWith(cut + ":");
            assertThat(p.problem()).contains("truncated");
        });
        int line = Integer.parseInt(skip.problems().get(0).location().substring(cut.toString().length() + 1));
        assertThat(skip.added()).isEqualTo(line - 1).isGreaterThan(100);
        assertThat(ws.store().count()).isEqualTo(line);
    }

    @Test
    void aChangedGlossaryRecountsOnlyWhereItsFormsOccurAndMatchesAFullScan() throws IOException {
        importAll(ImportService.OnError.ABORT, gz("xwlb-2030.jsonl.gz", days()));
        new UserGlossary(ws).add(new Concept("spring-ploughing", List.of("春耕"), List.of("spring ploughing"), List.of(), "test"));
        List<String> notices = new ArrayList<>();
        ws.onNotice(notices::add);
        Concept spring = ws.glossary().concept("spring-ploughing").orElseThrow();
        var points = new TrendService(ws).byDocument(List.of(spring), DocumentFilter.all(), MatchOptions.defaults());
        assertThat(notices).singleElement().satisfies(n -> assertThat(n).contains("1 document(s)"));
        assertThat(points).filteredOn(p -> p.total() > 0).extracting(p -> p.document().key()).containsExactly("xwlb-2030-03-05-04");
        assertThat(TalliesMatchScan.mismatches(ws)).isEmpty();
    }
}
