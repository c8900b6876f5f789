package dev.tifa.text.match;

import dev.tifa.glossary.Glossary;
import dev.tifa.glossary.GlossaryCheck;
import dev.tifa.model.Concept;
import dev.tifa.model.Hit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A concept's exceptions: longer words its forms are no word of their own in (民生 in 人民生活). Invented sentences. */
class ExceptionsTest {
    private static final Concept WELLBEING = new Concept("wellbeing", List.of("民生"), List.of("livelihood"), List.of(), "", List.of(),
            List.of("人民生活", "国民生产", "livelihood index"));
    private static final Concept LIFE = new Concept("life", List.of("人民生活"), List.of(), List.of(), "");

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(h -> h.conceptId() + "@" + h.start()).toList();
    }

    @Test
    void aFormInsideAnExceptionIsNoOccurrenceAndOneBesideItIs() {
        FormulationMatcher m = FormulationMatcher.compile(List.of(WELLBEING), MatchOptions.defaults());
        String text = "改善民生，提高人民生活水平，国民生产总值增长，关乎国计民生。";
        assertThat(ids(m.match(text))).containsExactly("wellbeing@2", "wellbeing@27");
        assertThat(m.match("人民生活")).isEmpty();
        // English too: whole words, case folded like forms
        assertThat(ids(m.match("The Livelihood Index rose; livelihood improved."))).containsExactly("wellbeing@27");
    }

    @Test
    void anExceptionBelongsToItsConceptOnly() {
        Concept other = new Concept("other", List.of("民生"), List.of(), List.of(), "");
        FormulationMatcher m = FormulationMatcher.compile(List.of(WELLBEING, other), MatchOptions.defaults());
        assertThat(ids(m.match("提高人民生活水平"))).containsExactly("other@3");
    }

    @Test
    void anExceptionThatIsAlsoAnotherConceptsFormStillCountsForThatConcept() {
        FormulationMatcher m = FormulationMatcher.compile(List.of(WELLBEING, LIFE), MatchOptions.defaults());
        assertThat(ids(m.match("提高人民生活水平"))).containsExactly("life@2");
        // and the phrase index is asked for forms only, never for exception words alone
        assertThat(FormulationMatcher.compile(List.of(WELLBEING), MatchOptions.defaults()).patterns())
                .containsExactlyInAnyOrder("民生", "livelihood", "livelihoods");
    }

    @Test
    void theGlossaryCheckRefusesAnExceptionThatHoldsNoForm() {
        Concept bad = new Concept("bad", List.of("民生"), List.of(), List.of(), "", List.of(), List.of("人民群众"));
        var findings = new GlossaryCheck().check(new Glossary(List.of(), List.of(bad, WELLBEING)));
        assertThat(findings).filteredOn(f -> f.error() && f.conceptId().equals("bad"))
                .extracting(GlossaryCheck.Finding::message).anyMatch(s -> s.contains("人民群众") && s.contains("holds none of its forms"));
        assertThat(new GlossaryCheck().check(new Glossary(List.of(), List.of(WELLBEING)))).filteredOn(GlossaryCheck.Finding::error).isEmpty();
    }
}
