package dev.tifa.analysis.compare;

import dev.tifa.analysis.Docs;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Theme;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tifa.analysis.compare.ConceptChange.Status.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ComparerTest {
    private static Concept c(String id, String zh, String theme) {
        return new Concept(id, List.of(zh), List.of(), List.of(theme), "");
    }

    private static final Glossary G = new Glossary(List.of(new Theme("t1", "甲", "One"), new Theme("t2", "乙", "Two")), List.of(
            c("apple", "苹果园", "t1"), c("pear", "梨子树", "t1"), c("plum", "李子林", "t2"), c("peach", "桃花源", "t2"),
            c("grape", "葡萄架", "t2"), c("melon", "西瓜地", "t1")));

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    @Test
    void statusesFollowRatesAndCounts() {
        // same length (400 characters of filler) so rates follow counts
        String filler = "天气很好大家都来了。".repeat(40);
        Document a = Docs.zh("a", 2023, filler + repeat("梨子树。", 3) + repeat("李子林。", 10) + repeat("桃花源。", 5) + "葡萄架。");
        Document b = Docs.zh("b", 2024, filler + repeat("苹果园。", 2) + repeat("李子林。", 4) + repeat("桃花源。", 5) + "葡萄架。葡萄架。");
        Comparison cmp = Comparer.compare(a, b, G, CompareOptions.defaults());
        assertThat(status(cmp, "apple")).isEqualTo(NEW);
        assertThat(status(cmp, "pear")).isEqualTo(DROPPED);
        assertThat(status(cmp, "plum")).isEqualTo(DOWN);
        assertThat(status(cmp, "peach")).isEqualTo(SAME);
        assertThat(status(cmp, "grape")).as("1 → 2 doubles the rate but is one occurrence: noise").isEqualTo(SAME);
        assertThat(status(cmp, "melon")).isEqualTo(ABSENT);
        assertThat(cmp.concepts().get(0).status()).isEqualTo(NEW);

        // themes: A has t1 3 hits, t2 16; B has t1 2, t2 11
        ThemeChange t1 = cmp.themes().stream().filter(t -> t.themeId().equals("t1")).findFirst().orElseThrow();
        assertThat(t1.shareA()).isCloseTo(3 / 19.0, within(1e-9));
        assertThat(t1.shareB()).isCloseTo(2 / 13.0, within(1e-9));
        assertThat(t1.shareChange()).isCloseTo(2 / 13.0 - 3 / 19.0, within(1e-9));
    }

    @Test
    void upNeedsBothRatioAndCount() {
        String filler = "天气很好大家都来了。".repeat(40);
        Document a = Docs.zh("a", 2023, filler + repeat("李子林。", 4));
        Document b = Docs.zh("b", 2024, filler + repeat("李子林。", 8));
        assertThat(status(Comparer.compare(a, b, G, CompareOptions.defaults()), "plum")).isEqualTo(UP);
    }

    @Test
    void englishKeyTermsIncludeWordPairs() {
        String common = "The economy grew and the government worked hard. ";
        Document a = Docs.en("a", 2023, common.repeat(10) + "Old industry matters. ".repeat(6));
        Document b = Docs.en("b", 2024, common.repeat(10) + "New quality productive forces matter. ".repeat(6));
        Comparison cmp = Comparer.compare(a, b, Glossary.empty(), CompareOptions.defaults());
        assertThat(cmp.keyTerms()).extracting(KeyTerm::term).contains("productive forces", "old industry", "productive")
                .doesNotContain("the", "and");
        KeyTerm pf = cmp.keyTerms().stream().filter(k -> k.term().equals("productive forces")).findFirst().orElseThrow();
        assertThat(pf.words()).isEqualTo(2);
        assertThat(pf.direction()).isEqualTo(KeyTerm.Direction.MORE_IN_B);
    }

    private static ConceptChange.Status status(Comparison c, String id) {
        return c.concepts().stream().filter(x -> x.conceptId().equals(id)).findFirst().orElseThrow().status();
    }
}
