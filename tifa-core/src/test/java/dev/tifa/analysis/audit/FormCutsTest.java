package dev.tifa.analysis.audit;

import dev.tifa.model.Concept;
import dev.tifa.text.segment.ChineseSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the places a segmentation cuts through a short form. Invented sentences. */
class FormCutsTest {
    private static final ChineseSegmenter PLAIN = new ChineseSegmenter(List.of());

    @Test
    void aFormCutInTwoIsFoundWithTheWordsItIsCutInto() {
        Concept wellbeing = new Concept("wellbeing", List.of("民生"), List.of(), List.of(), "");
        FormCuts cuts = new FormCuts(PLAIN, List.of(wellbeing), 3);
        cuts.add("虚构县努力改善民生，提高人民生活水平，人民生活更加富裕。");
        List<FormCuts.FormCut> found = cuts.results(1, 0.1);
        assertThat(found).hasSize(1);
        FormCuts.FormCut c = found.get(0);
        assertThat(c.places()).isEqualTo(3);
        assertThat(c.cut()).isEqualTo(2);
        assertThat(c.words()).containsExactly(Map.entry("人民|生活", 2));
        assertThat(c.share()).isEqualTo(2 / 3.0);
    }

    @Test
    void placesInsideAnExceptionAreLeftOutAndThresholdsFilter() {
        Concept wellbeing = new Concept("wellbeing", List.of("民生"), List.of(), List.of(), "", List.of(), List.of("人民生活"));
        FormCuts cuts = new FormCuts(PLAIN, List.of(wellbeing), 3);
        cuts.add("虚构县努力改善民生，提高人民生活水平。");
        assertThat(cuts.results(1, 0.0)).isEmpty(); // the one cut place is inside the exception
        FormCuts plain = new FormCuts(PLAIN, List.of(new Concept("wellbeing", List.of("民生"), List.of(), List.of(), "")), 3);
        plain.add("虚构县努力改善民生，提高人民生活水平。");
        assertThat(plain.results(2, 0.0)).isEmpty();   // cut once only
        assertThat(plain.results(1, 0.6)).isEmpty();   // in half its places
        assertThat(plain.results(1, 0.5)).hasSize(1);
    }

    @Test
    void aFormThatStandsAsAWordIsNotReportedAndLongFormsAreNotLookedAt() {
        Concept security = new Concept("security", List.of("安全"), List.of(), List.of(), "");
        Concept long_ = new Concept("long", List.of("人民生活水平"), List.of(), List.of(), "");
        FormCuts cuts = new FormCuts(PLAIN, List.of(security, long_), 3);
        cuts.add("安全是发展的前提。提高人民生活水平。");
        assertThat(cuts.results(1, 0.0)).isEmpty();
    }
}
