package dev.tifa.analysis.compare;

import dev.tifa.analysis.Cancellation;
import dev.tifa.text.segment.EnglishTokenizer;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Word and pair frequencies, on invented text. */
class TermFrequenciesTest {
    @Test
    void aPairNeverSpansAParagraphBreak() {
        TermFrequencies f = TermFrequencies.of("Harbour reform\nCoastal shipping grew", new EnglishTokenizer(), " ");
        assertThat(f.pairs()).containsKeys("harbour reform", "coastal shipping", "shipping grew");
        assertThat(f.pairs()).doesNotContainKey("reform coastal");
    }

    @Test
    void theCancellationIsAskedBeforeEachParagraphAndStopsTheWork() {
        AtomicInteger asked = new AtomicInteger();
        Cancellation afterTwo = () -> asked.incrementAndGet() > 2 ? "enough" : null;
        assertThatThrownBy(() -> TermFrequencies.of("one line\ntwo lines\nthree lines\nfour lines", new EnglishTokenizer(), " ", afterTwo))
                .isInstanceOf(Cancellation.Cancelled.class).hasMessage("enough");
        assertThat(asked.get()).isEqualTo(3);
    }
}
