package dev.tifa.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextSizeTest {
    @Test
    void chineseCountsNonSpaceCodePoints() {
        // ideographic space, no-break space, tab and newline do not count; punctuation and a supplementary ideograph do
        assertThat(TextSize.of("改革\u3000开放，\u00A0\t𠀀\n", Language.ZH)).isEqualTo(6);
        assertThat(TextSize.of("", Language.ZH)).isZero();
    }

    @Test
    void englishCountsWordsKeepingInnerApostrophesAndHyphens() {
        assertThat(TextSize.of("China's opening-up, 2024: Ünïcode - done '", Language.EN)).isEqualTo(5);
    }
}
