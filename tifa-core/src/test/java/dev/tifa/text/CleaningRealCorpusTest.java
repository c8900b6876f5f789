package dev.tifa.text;

import dev.tifa.analysis.RealCorpus;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Kind;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The real cases of issue 9 items 2–4, on the shared Wikisource texts (skipped, with a message, without them). */
class CleaningRealCorpusTest {
    private static int count(List<Document> docs, String phrase) {
        FormulationMatcher m = FormulationMatcher.compile(List.of(Concept.adHoc(phrase)), MatchOptions.exact());
        return docs.stream().mapToInt(d -> m.match(d.clean()).size()).sum();
    }

    @Test
    void subscriptsOnLinkLinesAreCountedInWorkReports() throws Exception {
        List<Document> reports = RealCorpus.governmentWorkReports().stream().filter(d -> d.meta().kind() == Kind.OFFICIAL).toList();
        assertThat(count(reports, "PM2.5")).isEqualTo(13);
        assertThat(count(reports, "M2")).isEqualTo(11);
        assertThat(reports.stream().filter(d -> d.clean().contains("PM 2") || d.clean().contains("M 2"))).isEmpty();
    }

    @Test
    void spacedDigitsOf1998AreJoined() throws Exception {
        Document r = RealCorpus.report(RealCorpus.governmentWorkReports(), 1998);
        assertThat(r.clean()).contains("本届政府从1993年3月就职").doesNotContain("1 9 9");
    }

    @Test
    void rcepAndItsParentheticalAbbreviationAreOneMention() throws Exception {
        Document r = RealCorpus.report(RealCorpus.governmentWorkReports(), 2023);
        var glossary = new dev.tifa.glossary.GlossaryReader().readDefault();
        FormulationMatcher m = FormulationMatcher.compile(glossary.concepts(), MatchOptions.defaults());
        var hits = m.match(r.clean()).stream().filter(h -> h.conceptId().equals("rcep")).toList();
        assertThat(hits).isNotEmpty();
        assertThat(hits).allSatisfy(h -> assertThat(r.clean().charAt(h.start() - 1)).isNotEqualTo('（'));
    }

    @Test
    void strayTraditionalCharactersAreFolded() throws Exception {
        Document pc16 = RealCorpus.congressReports().stream().filter(d -> d.key().equals("pc-16")).findFirst().orElseThrow();
        assertThat(count(List.of(pc16), "改革开放")).isEqualTo(14);
        Document gwr1955 = RealCorpus.report(RealCorpus.governmentWorkReports(), 1955);
        assertThat(gwr1955.clean()).contains("第一个五年计划的若干问题");
    }
}
