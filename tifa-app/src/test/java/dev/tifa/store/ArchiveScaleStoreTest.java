package dev.tifa.store;

import dev.tifa.analysis.FormTally;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.CleaningSpec;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The store at archive scale: news identity, metadata without texts, paging in SQL, parallel readers, waiting writers. */
class ArchiveScaleStoreTest {
    @TempDir
    Path dir;

    private static NewDocument news(String day, int num, String url, String text) {
        var meta = new DocumentMeta("条目" + num, LocalDate.parse(day), null, "xwlb", Kind.NEWS, Language.ZH, url, Map.of("num", Integer.toString(num)));
        return new NewDocument(meta, text, text, new CleaningSpec(CleaningProfile.PLAIN, false));
    }

    private static NewDocument official(String title, int year, String text) {
        var meta = new DocumentMeta(title, null, year, "gov-work-report", Kind.OFFICIAL, Language.ZH, "test:" + title, Map.of());
        return new NewDocument(meta, text, text, new CleaningSpec(CleaningProfile.PLAIN, false));
    }

    @Test
    void aNewsItemIsItsBroadcastNotItsText() {
        try (SqliteStore s = SqliteStore.open(dir)) {
            var saved = s.saveAll(List.of(
                    news("2024-03-05", 1, "https://example.cn/a", "同一段播报文字。"),
                    news("2024-03-06", 3, "https://example.cn/b", "同一段播报文字。")));
            assertThat(saved).extracting(Store.Saved::alreadyStored).containsExactly(false, false);
            assertThat(saved).extracting(x -> x.document().key()).containsExactly("xwlb-2024-03-05-01", "xwlb-2024-03-06-03");
            // the same broadcast again is a no-op, even if the transcript was corrected
            assertThat(s.saveAll(List.of(news("2024-03-05", 1, "https://example.cn/a", "同一段播报文字（更正）。"))).get(0).alreadyStored()).isTrue();
            // official documents keep the text as their identity
            s.saveAll(List.of(official("报告", 2024, "报告正文。")));
            assertThat(s.saveAll(List.of(official("报告（重录）", 2024, "报告正文。"))).get(0).alreadyStored()).isTrue();
            assertThat(s.count()).isEqualTo(3);
        }
    }

    @Test
    void metadataListsPagesAndCountsNeverReadATextAndFilterInSql() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir)) {
            List<NewDocument> docs = new ArrayList<>();
            for (int day = 1; day <= 28; day++) {
                for (int num = 1; num <= 3; num++) {
                    docs.add(news(String.format("2024-02-%02d", day), num, "https://example.cn/" + day + "/" + num, "第" + day + "天第" + num + "条，发展。"));
                }
            }
            s.saveAll(docs);
            // take the texts away: everything that answers from metadata must still answer
            s.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("DELETE FROM document_texts");
                }
                return null;
            });
            DocumentFilter feb = DocumentFilter.all().withDays(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 19));
            assertThat(s.count(feb)).isEqualTo(30);
            var page = s.infos(feb, 3, 4);
            assertThat(page).extracting(d -> d.meta().date().toString()).containsExactly("2024-02-11", "2024-02-11", "2024-02-11", "2024-02-12");
            assertThat(page.get(0).size()).isPositive();
            assertThat(s.infos(DocumentFilter.all().withText("条目2"))).hasSize(28);
            assertThat(s.count(DocumentFilter.all().withKinds(List.of(Kind.OFFICIAL)))).isZero();
            assertThat(new TallyTable(s).sizesByDay(feb)).hasSize(10);
        }
    }

    @Test
    void readersRunInParallelWhileAWriterWrites() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir)) {
            s.saveAll(List.of(official("报告", 2024, "报告正文。")));
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Thread writer = new Thread(() -> s.inTransaction(c -> {
                s.saveAll(List.of(official("报告二", 2025, "另一篇正文。")));
                writing.countDown();
                try {
                    done.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            writer.start();
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> reads = new ArrayList<>();
            for (int i = 0; i < 8; i++) reads.add(pool.submit(() -> s.count()));
            // readers are not blocked by the open write transaction, and see the last committed state
            for (Future<Integer> r : reads) assertThat(r.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            done.countDown();
            writer.join();
            assertThat(s.count()).isEqualTo(2);
            pool.shutdown();
        }
    }

    @Test
    void aSecondWriterOnTheSameFileWaitsAndSucceeds() throws Exception {
        // two stores on one file stand for two processes importing at the same time
        try (SqliteStore a = SqliteStore.open(dir); SqliteStore b = SqliteStore.open(dir)) {
            CountDownLatch aWriting = new CountDownLatch(1);
            Thread first = new Thread(() -> a.inTransaction(c -> {
                a.saveAll(List.of(official("甲", 2020, "甲的正文。")));
                aWriting.countDown();
                try {
                    Thread.sleep(1_500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            first.start();
            assertThat(aWriting.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            var saved = b.saveAll(List.of(official("乙", 2021, "乙的正文。")), List.of(List.of(new FormTally("x", "正文", 1, 1))));
            long waitedMs = (System.nanoTime() - started) / 1_000_000;
            first.join();
            assertThat(saved.get(0).alreadyStored()).isFalse();
            assertThat(waitedMs).as("the second writer waited for the first one's transaction").isGreaterThan(500);
            assertThat(a.count()).isEqualTo(2);
            assertThat(new TallyTable(a).byDocument(List.of("x"), DocumentFilter.all())).singleElement()
                    .satisfies(t -> assertThat(t.total()).isEqualTo(1));
        }
    }
}
