package dev.tifa.analysis.parallel;

import dev.tifa.glossary.Glossary;
import dev.tifa.glossary.GlossaryCheck;
import dev.tifa.model.Concept;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared-rendering rule on invented pairs (every sentence written for this test): the English "healthy rivers"
 * renders 河湖健康 and, in two pairs, 水生态; the Chinese side says which.
 */
class SharedRenderingsTest {
    private static Glossary glossary(boolean shared) {
        return new Glossary(List.of(), List.of(
                new Concept("river-health", List.of("河湖健康"), List.of("healthy rivers"), List.of(), "", List.of(), List.of(),
                        shared ? Map.of("water-ecology", List.of("healthy rivers")) : Map.of()),
                new Concept("water-ecology", List.of("水生态"), List.of("water ecology"), List.of(), "")));
    }

    private static List<AlignedPair> pairs() {
        List<AlignedPair> p = new ArrayList<>();
        p.add(new AlignedPair("t:0", "2030", 0, "维护河湖健康。", "We will keep healthy rivers."));
        p.add(new AlignedPair("t:2", "2030", 2, "修复水生态。", "We will restore healthy rivers."));
        p.add(new AlignedPair("t:4", "2030", 4, "改善水生态。", "Healthy rivers will be improved."));
        p.add(new AlignedPair("t:6", "2030", 6, "加强水生态监测。", "We will monitor water ecology."));
        // both concepts in the Chinese, the shared form once in the English: it is river-health's own, nothing to read
        p.add(new AlignedPair("t:8", "2030", 8, "保护水生态，维护河湖健康。", "We will protect healthy rivers."));
        // the Chinese names neither: the English hit stays river-health's
        p.add(new AlignedPair("t:10", "2030", 10, "推进节约用水。", "Healthy rivers need water saving."));
        return p;
    }

    @Test
    void theOtherSideOfThePairSaysWhichConceptASharedFormRenders() {
        ParallelReport r = new ParallelCheck(glossary(true), MatchOptions.defaults()).check(pairs());
        ConceptAgreement health = r.concept("river-health").orElseThrow();
        assertThat(health.zh()).isEqualTo(2);
        assertThat(health.en()).isEqualTo(5);
        assertThat(health.enShared()).isEqualTo(-2);
        assertThat(health.verdict()).isEqualTo(ParallelVerdict.AGREES_READING_SHARED);
        assertThat(health.agrees()).isTrue();

        ConceptAgreement ecology = r.concept("water-ecology").orElseThrow();
        assertThat(ecology.zh()).isEqualTo(4);
        assertThat(ecology.en()).isEqualTo(1);
        assertThat(ecology.enShared()).isEqualTo(2);
        assertThat(ecology.verdict()).isEqualTo(ParallelVerdict.AGREES_READING_SHARED);
        // the pair naming both in Chinese keeps its one-sidedness for water-ecology: the English hit is river-health's own
        assertThat(ecology.oneSided()).extracting(o -> o.hits().pair().id()).containsExactly("t:8");
    }

    @Test
    void withoutTheDeclarationBothConceptsDisagree() {
        ParallelReport r = new ParallelCheck(glossary(false), MatchOptions.defaults()).check(pairs());
        assertThat(r.concept("river-health").orElseThrow().agrees()).isFalse();
        assertThat(r.concept("water-ecology").orElseThrow().agrees()).isFalse();
        assertThat(r.concept("water-ecology").orElseThrow().enShared()).isZero();
    }

    @Test
    void countingDocumentsIsNotChanged() {
        FormulationMatcher m = FormulationMatcher.compile(glossary(true).concepts(), MatchOptions.defaults());
        assertThat(m.match("We will restore healthy rivers.")).extracting(h -> h.conceptId()).containsExactly("river-health");
    }

    @Test
    void theGlossaryCheckRefusesASharedFormTheConceptDoesNotHaveOrAnUnknownConcept() {
        Glossary g = new Glossary(List.of(), List.of(
                new Concept("river-health", List.of("河湖健康"), List.of("healthy rivers"), List.of(), "", List.of(), List.of(),
                        Map.of("water-ecology", List.of("clean rivers"), "no-such-concept", List.of("healthy rivers"))),
                new Concept("water-ecology", List.of("水生态"), List.of("water ecology"), List.of(), "")));
        assertThat(new GlossaryCheck().check(g)).filteredOn(GlossaryCheck.Finding::error)
                .extracting(GlossaryCheck.Finding::message)
                .anyMatch(m -> m.contains("shared form 'clean rivers' is not one of its forms"))
                .anyMatch(m -> m.contains("'no-such-concept', which is not in the glossary"));
    }
}
