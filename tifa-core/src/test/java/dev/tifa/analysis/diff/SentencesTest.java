package dev.tifa.analysis.diff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {
    @Test
    void chineseSentencesKeepClosingQuotes() {
        assertThat(Sentences.texts("他说：“要坚持下去。”大家都同意！真的吗？是的；好。"))
                .containsExactly("他说：“要坚持下去。”", "大家都同意！", "真的吗？", "是的；", "好。");
    }

    @Test
    void paragraphsAreSeparateAndNumbered() {
        var ps = Sentences.of("第一段。还是第一段。\n\n第二段。");
        assertThat(ps).extracting(Passage::paragraph).containsExactly(0, 0, 1);
        assertThat(ps).extracting(Passage::index).containsExactly(0, 1, 2);
        assertThat(ps.get(2).start()).isEqualTo("第一段。还是第一段。\n\n".length());
    }

    @Test
    void englishFullStopNeedsSpaceAndCapital() {
        assertThat(Sentences.texts("Growth was 5.2 percent. Prices rose by 0.3 percent. “Quotes.” Then more."))
                .containsExactly("Growth was 5.2 percent.", "Prices rose by 0.3 percent.", "“Quotes.”", "Then more.");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertThat(Sentences.texts("The No. 1 Central Document came out. Mr. Li and J. Smith spoke, e.g. about the U.S. Economy. Done!"))
                .containsExactly("The No. 1 Central Document came out.", "Mr. Li and J. Smith spoke, e.g. about the U.S. Economy.", "Done!");
    }

    @Test
    void questionAndExclamationMarks() {
        assertThat(Sentences.texts("Is it? Yes! (Really.) ok")).containsExactly("Is it?", "Yes!", "(Really.) ok");
    }
}
