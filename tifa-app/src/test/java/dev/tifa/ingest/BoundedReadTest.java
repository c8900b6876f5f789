package dev.tifa.ingest;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedReadTest {
    private static final Path FILE = Path.of("folder/report.pdf");

    private static SourceItem doc(String title) {
        DocumentMeta meta = new DocumentMeta(title, null, null, null, Kind.OFFICIAL, Language.EN, "x", null);
        return SourceItem.of("folder/x.jsonl", new RawDocument(meta, "Invented text.", CleaningProfile.PLAIN));
    }

    @Test
    void itemsComeThroughInOrder() {
        List<SourceItem> got = new ArrayList<>();
        BoundedRead.run(FILE, Duration.ofSeconds(10), sink -> {
            sink.accept(doc("one"));
            sink.accept(doc("two"));
        }, got::add);

        assertThat(got).extracting(i -> i.document().meta().title()).containsExactly("one", "two");
    }

    @Test
    void aReaderThatRunsOutOfMemoryOrStackCostsItsFileOnly() {
        List<SourceItem> got = new ArrayList<>();
        BoundedRead.run(FILE, Duration.ofSeconds(10), sink -> {
            throw new OutOfMemoryError("Java heap space");
        }, got::add);
        BoundedRead.run(FILE, Duration.ofSeconds(10), sink -> {
            throw new StackOverflowError();
        }, got::add);

        assertThat(got).extracting(SourceItem::problem).containsExactly(
                "too big to read: it ran out of memory (a compressed or generated file that expands without limit?); skipped",
                "too deeply nested to read (stack overflow); skipped");
        assertThat(got).extracting(SourceItem::location).containsOnly(FILE.toString());
    }

    @Test
    void aReaderStuckLongerThanTheLimitIsInterruptedAndTheFileSkipped() throws InterruptedException {
        List<SourceItem> got = new ArrayList<>();
        CountDownLatch interrupted = new CountDownLatch(1);
        BoundedRead.run(FILE, Duration.ofMillis(200), sink -> {
            sink.accept(doc("before the stall"));
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        }, got::add);

        assertThat(got).hasSize(2);
        assertThat(got.get(0).ok()).isTrue();
        assertThat(got.get(1).problem()).isEqualTo("took longer than 200 ms to read (the time limit per document); skipped");
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the worker was interrupted").isTrue();
    }
}
