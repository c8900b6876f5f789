package dev.tifa.text.match;

import dev.tifa.model.Concept;
import dev.tifa.model.Hit;
import dev.tifa.text.CleanText;
import dev.tifa.text.Cleaner;
import dev.tifa.model.CleaningProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9 item 1: a parenthetical abbreviation or translation right after a form is the same mention. */
class ParentheticalMentionTest {
    private static final Concept PACT = new Concept("pact", List.of("远洋合作伙伴协定"), List.of("Ocean Partnership Pact", "OPP"), List.of(), "");
    private static final Concept OTHER = new Concept("fund", List.of("合作基金"), List.of("FUND"), List.of(), "");
    private final FormulationMatcher matcher = FormulationMatcher.compile(List.of(PACT, OTHER), MatchOptions.defaults());

    @Test
    void abbreviationInParenthesesAfterTheChineseFormCountsOnce() {
        List<Hit> hits = matcher.match("推动远洋合作伙伴协定（OPP）生效。OPP成员扩大。");
        assertThat(hits).extracting(Hit::form).containsExactly("远洋合作伙伴协定", "OPP");
        assertThat(hits.get(1).start()).isEqualTo("推动远洋合作伙伴协定（OPP）生效。".length());
    }

    @Test
    void sameInEnglishWithSpacesAndHalfWidthParentheses() {
        List<Hit> hits = matcher.match("The Ocean Partnership Pact ( OPP ) entered into force.");
        assertThat(hits).extracting(Hit::form).containsExactly("Ocean Partnership Pact");
    }

    @Test
    void parenthesisWithMoreThanTheFormOrAnotherConceptIsASecondMention() {
        assertThat(matcher.match("远洋合作伙伴协定（OPP，新签）")).hasSize(2);
        assertThat(matcher.match("合作基金（OPP）")).hasSize(2);
        assertThat(matcher.match("（OPP）")).hasSize(1);
    }

    @Test
    void offsetsStillMapBackToTheOriginal() {
        String original = "推动远洋合作\n伙伴协定\n（ＯＰＰ）生效";
        CleanText clean = Cleaner.forProfile(CleaningProfile.WIKISOURCE, false).clean(original);
        List<Hit> hits = matcher.match(clean);
        assertThat(hits).hasSize(1);
        assertThat(original.substring(hits.get(0).start(), hits.get(0).end())).isEqualTo("远洋合作\n伙伴协定");
    }
}
