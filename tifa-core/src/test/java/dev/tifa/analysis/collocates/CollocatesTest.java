package dev.tifa.analysis.collocates;

import dev.tifa.model.Hit;
import dev.tifa.text.segment.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Collocates of one node in invented token sequences; every statistic worked out by hand in the comments. */
class CollocatesTest {
    /** One token per character; 的 is a stop word (not content). */
    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) out.add(new Token(s.substring(i, i + 1), i, i + 1, s.charAt(i) != '的'));
        return out;
    }

    @Test
    void countsLeftAndRightApartWithTheirStatistics() {
        String s = "甲乙的核丙甲丁";
        Hit node = new Hit("核", "核", 3, 4, null);
        CollocateTable t = new Collocates(2, 2).of(List.of(new Collocates.Sample(tokens(s), List.of(node))), 1);
        // content words: 甲 乙 核 丙 甲 丁 = 6; left window (的 skipped): 乙 甲; right: 丙 甲 → 4 window words
        assertThat(t.words()).isEqualTo(6);
        assertThat(t.windowWords()).isEqualTo(4);
        assertThat(t.node()).isEqualTo(1);
        Collocate jia = t.rows().stream().filter(c -> c.word().equals("甲")).findFirst().orElseThrow();
        assertThat(jia.left()).isEqualTo(1);
        assertThat(jia.right()).isEqualTo(1);
        assertThat(jia.frequency()).isEqualTo(2);
        // E = 2 × 4 / 6 = 1.3333; MI = log2(2 / 1.3333) = 0.5850; t = (2 − 1.3333) / √2 = 0.4714
        // G² = 2 (2 ln(2 / E1)) with E1 = 4 × 2 / 6 → 4 ln 1.5 = 1.6219 (the rest of the text holds no 甲)
        assertThat(jia.expected()).isCloseTo(1.3333, within(1e-4));
        assertThat(jia.mi()).isCloseTo(0.5850, within(1e-4));
        assertThat(jia.tScore()).isCloseTo(0.4714, within(1e-4));
        assertThat(jia.logLikelihood()).isCloseTo(1.6219, within(1e-4));
        assertThat(t.rows()).extracting(Collocate::word).containsExactlyInAnyOrder("甲", "乙", "丙");
        assertThat(t.rows().get(0).word()).isEqualTo("甲");
        // 丁 is outside the right window; the node itself is never its own collocate
        assertThat(t.rows()).extracting(Collocate::word).doesNotContain("丁", "核");
    }

    @Test
    void aMinimumDropsRareCollocatesAndEditionsCompare() {
        String a = "甲核乙甲核乙";
        String b = "丙核丙";
        Collocates c = new Collocates(1, 1);
        CollocateTable ta = c.of(List.of(new Collocates.Sample(tokens(a), List.of(new Hit("核", "核", 1, 2, null), new Hit("核", "核", 4, 5, null)))), 2);
        CollocateTable tb = c.of(List.of(new Collocates.Sample(tokens(b), List.of(new Hit("核", "核", 1, 2, null)))), 1);
        // a: left 甲 ×2, right 乙 ×2
        assertThat(ta.rows()).extracting(Collocate::word).containsExactlyInAnyOrder("甲", "乙");
        List<Collocates.Change> changes = Collocates.compare(ta, tb);
        assertThat(changes).extracting(Collocates.Change::word).containsExactlyInAnyOrder("甲", "乙", "丙");
        Collocates.Change bing = changes.stream().filter(x -> x.word().equals("丙")).findFirst().orElseThrow();
        assertThat(bing.observedA()).isZero();
        assertThat(bing.observedB()).isEqualTo(2);
    }
}
