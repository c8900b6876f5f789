package dev.tifa.analysis.lists;

import dev.tifa.analysis.Context;
import dev.tifa.text.segment.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** N-gram lists and KWIC arrangement on invented words, counted by hand. */
class NgramListTest {
    static List<List<Token>> clauses(String... clauses) {
        List<List<Token>> out = new ArrayList<>();
        for (String c : clauses) {
            List<Token> words = new ArrayList<>();
            int at = 0;
            for (String w : c.split(" ")) {
                words.add(new Token(w, at, at + w.length(), !w.equals("的")));
                at += w.length();
            }
            out.add(words);
        }
        return out;
    }

    @Test
    void frequencyAndRange() {
        NgramList l = new NgramList(2, 3, "")
                .add(clauses("推动 高质量 发展", "高质量 发展"))
                .add(clauses("高质量 发展 的 要求"))
                .add(clauses("发展 高质量"));
        List<Ngram> top = l.top(1, 1, 0);
        // 高质量发展: 3 times in 2 documents; 发展的要求 ends on content, 发展的 does not (的 is a stop word)
        assertThat(top.get(0)).isEqualTo(new Ngram("高质量发展", 2, 3, 2));
        assertThat(top).extracting(Ngram::text).contains("推动高质量", "推动高质量发展", "发展的要求", "发展高质量").doesNotContain("发展的");
        assertThat(l.top(2, 2, 0)).extracting(Ngram::text).containsExactly("高质量发展");
    }

    @Test
    void kwicSortsAndCutsToTheSentence() {
        Context a = ctx("d", 10, "前文。我们要坚决", "，继续前进。后文");
        Context b = ctx("d", 40, "必须加快", "。下一句");
        assertThat(KwicLines.sentence(a).left()).isEqualTo("我们要坚决");
        assertThat(KwicLines.sentence(a).right()).isEqualTo("，继续前进。");
        assertThat(KwicLines.sentence(b).right()).isEqualTo("。");
        // by left: the characters just before the match, 决 (U+51B3) before 快 (U+5FEB)
        assertThat(List.of(b, a).stream().sorted(KwicLines.BY_LEFT).toList()).containsExactly(a, b);
        // by right: 。 (U+3002) before ， (U+FF0C)
        assertThat(List.of(a, b).stream().sorted(KwicLines.BY_RIGHT).toList()).containsExactly(b, a);
    }

    private static Context ctx(String doc, int start, String left, String right) {
        return new Context(doc, "t", "t", start, start + 1, start, start + 1, left, "X", right, null);
    }
}
