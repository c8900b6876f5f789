package dev.tifa.app;

import dev.tifa.analysis.pattern.PatternHit;
import dev.tifa.analysis.pattern.QueryPattern;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.model.Document;
import dev.tifa.store.DocumentFilter;
import dev.tifa.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pattern's first page reads the texts before it and stops; the count behind the "of N" reads every candidate in
 * parallel batches and agrees, document by document and in order, with matching one text after another.
 * Invented notes: 150 days, every third one holding the formula twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatternFirstPageTest {
    private static final int DAYS = 150;

    @TempDir
    static Path tmp;
    private Workspace ws;

    @BeforeAll
    void importNotes() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        java.time.LocalDate day = java.time.LocalDate.of(2031, 1, 1);
        for (int i = 0; i < DAYS; i++, day = day.plusDays(1)) {
            String body = i % 3 == 0 ? "虚构市坚持绿色转型不动摇，又坚持开放合作不动摇。" : "虚构市推进绿色转型，坚持开放合作。";
            Files.writeString(in.resolve(day + "_note.txt"), "虚构通报" + i + "\n\n" + body + "\n");
        }
        ws = Workspace.open(tmp.resolve("data"));
        ws.onNotice(m -> { });
        var report = new ImportService(ws).importPaths(List.of(in), ImportOptions.none(), ImportService.OnError.ABORT,
                ImportService.Simplify.NEVER, item -> { });
        assertThat(report.problems()).isEmpty();
    }

    @AfterAll
    void close() {
        if (ws != null) ws.close();
    }

    /** The store, counting the documents it hands out. */
    private static Store counting(Store store, AtomicInteger handed) {
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[]{Store.class}, (proxy, m, args) -> {
            if (m.getName().startsWith("forEach")) {
                args = args.clone();
                @SuppressWarnings("unchecked") Consumer<Document> action = (Consumer<Document>) args[args.length - 1];
                args[args.length - 1] = (Consumer<Document>) d -> {
                    handed.incrementAndGet();
                    action.accept(d);
                };
            }
            try {
                return m.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    @Test
    void theFirstPageStopsReadingOnceFullAndIsTheStartOfAllPassages() {
        QueryPattern p = QueryPattern.compile("坚持…不动摇", QueryPattern.Mode.PATTERN);
        PatternService service = new PatternService(ws);
        Set<Long> candidates = service.candidates(p);
        assertThat(candidates).as("the index narrows to the notes holding 坚持 and 不动摇").hasSize(DAYS / 3);

        List<PatternService.PatternContext> all = service.contexts(p, DocumentFilter.all(), 10, 0);
        assertThat(all).hasSize(2 * DAYS / 3);
        for (Set<Long> ids : java.util.Arrays.asList(candidates, null)) {
            AtomicInteger handed = new AtomicInteger();
            var page = PatternService.contexts(counting(ws.store(), handed), ids, p, DocumentFilter.all(), 10, 5);
            assertThat(page).as("page " + (ids == null ? "over every text" : "over the candidates")).hasSize(5);
            for (int i = 0; i < 5; i++) {
                assertThat(page.get(i).context().documentKey()).isEqualTo(all.get(i).context().documentKey());
                assertThat(page.get(i).context().start()).isEqualTo(all.get(i).context().start());
            }
            assertThat(ws.store().document(all.get(0).context().documentKey()).orElseThrow().meta().sortDate())
                    .as("date order: the first note first").isEqualTo(java.time.LocalDate.of(2031, 1, 1));
            // 5 passages lie in the first 3 candidates (7 notes); the candidates are fetched 16 at a time
            assertThat(handed.get()).as("texts read for the page").isLessThanOrEqualTo(ids == null ? 7 : 16);
        }
    }

    @Test
    void theParallelScanAgreesWithMatchingTextByTextInDateOrder() {
        QueryPattern p = QueryPattern.compile("坚持{X}不动摇", QueryPattern.Mode.PATTERN);
        List<String> sequential = new ArrayList<>();
        ws.store().forEachDocument(DocumentFilter.all(), d -> {
            List<PatternHit> hits = p.match(d.clean());
            if (!hits.isEmpty()) sequential.add(d.key() + "=" + hits);
        });
        for (int threads : new int[]{1, 3}) {
            List<String> scanned = new ArrayList<>();
            long read = new PatternScan(ws.store(), threads).run(p, DocumentFilter.all(), null,
                    m -> scanned.add(m.document().key() + "=" + m.hits()));
            assertThat(read).isEqualTo(DAYS);
            assertThat(scanned).as(threads + " thread(s)").isEqualTo(sequential);
        }
        assertThat(sequential).hasSize(DAYS / 3);
        assertThat(new PatternService(ws).total(p, DocumentFilter.all())).isEqualTo(2L * DAYS / 3);
        var table = new PatternService(ws).count(p, DocumentFilter.all());
        assertThat(table.fills()).extracting(f -> f.fillers().get("X") + ":" + f.count())
                .containsExactlyInAnyOrder("绿色转型:" + DAYS / 3, "开放合作:" + DAYS / 3);
    }
}
