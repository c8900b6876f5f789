package dev.tifa.text.match;

import dev.tifa.model.Concept;
import dev.tifa.model.Hit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormulationMatcherTest {
    private static Concept concept(String id, List<String> zh, List<String> en) {
        return new Concept(id, zh, en, List.of(), "");
    }

    private static final Concept OPENING = concept("opening-up", List.of("对外开放"), List.of("opening up"));
    private static final Concept REFORM_OPENING = concept("reform-and-opening-up", List.of("改革开放"), List.of("reform and opening up"));
    private static final Concept HIGH_OPENING = concept("high-standard-opening-up", List.of("高水平对外开放"), List.of("high-standard opening up"));
    private static final Concept SUPPLY = concept("supply-chain", List.of("供应链"), List.of("supply chain"));

    private final FormulationMatcher matcher = FormulationMatcher.compile(List.of(OPENING, REFORM_OPENING, HIGH_OPENING, SUPPLY), MatchOptions.defaults());

    @Test
    void chineseNestedFormIsCountedAndMarked() {
        List<Hit> hits = matcher.match("推进高水平对外开放，扩大对外开放。");
        assertThat(hits).extracting(Hit::conceptId, Hit::start, Hit::end, Hit::nestedIn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("high-standard-opening-up", 2, 9, null),
                org.assertj.core.groups.Tuple.tuple("opening-up", 5, 9, "高水平对外开放"),
                org.assertj.core.groups.Tuple.tuple("opening-up", 12, 16, null));
    }

    @Test
    void englishIgnoresCaseAndHyphensOnWholeWords() {
        List<Hit> hits = matcher.match("Reform and Opening-Up continued; opening up wider. Openings upward do not count.");
        assertThat(hits).extracting(Hit::conceptId, Hit::nestedIn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("reform-and-opening-up", null),
                org.assertj.core.groups.Tuple.tuple("opening-up", "reform and opening up"),
                org.assertj.core.groups.Tuple.tuple("opening-up", null));
        String text = "Reform and Opening-Up continued; opening up wider. Openings upward do not count.";
        assertThat(text.substring(hits.get(1).start(), hits.get(1).end())).isEqualTo("Opening-Up");
    }

    @Test
    void pluralOfLastWordCountsUnlessExact() {
        String text = "secure supply chains and a resilient supply chain";
        assertThat(matcher.match(text)).hasSize(2);
        FormulationMatcher exact = FormulationMatcher.compile(List.of(SUPPLY), MatchOptions.exact());
        assertThat(exact.match(text)).hasSize(1);
    }
}
