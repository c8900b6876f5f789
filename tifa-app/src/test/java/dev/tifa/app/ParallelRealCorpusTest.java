package dev.tifa.app;

import dev.tifa.SharedCorpora;
import dev.tifa.analysis.parallel.ConceptAgreement;
import dev.tifa.analysis.parallel.ParallelReport;
import dev.tifa.analysis.parallel.ParallelVerdict;
import dev.tifa.analysis.parallel.TranslationDrift;
import dev.tifa.text.match.MatchOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The default glossary on the real aligned pairs of the 2024–2026 Government Work Reports (../shared): the measure of
 * issue 13. The floor is the figure reached; it may only rise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParallelRealCorpusTest {
    /**
     * Concepts with ≥ 3 hits on one side that agree within 10% (or ±1): raise it when the glossary gets better. Lowered
     * once, from 148 to 147, by a correction and not a regression: 加强军人军属 is no 强军 (glossary exceptions), and
     * that false Chinese hit had hidden a translator's variance. Since then: partial pairs left out, shared renderings.
     */
    static final int AGREEING_FLOOR = 164;
    /** Issue 13 asks for 90%. */
    static final double SHARE_FLOOR = 0.90;

    @TempDir
    static Path data;
    private Workspace ws;
    private ParallelReport report;

    private ParallelReport withPartial;
    private ParallelService.Pairs pairs;

    @BeforeAll
    void check() {
        Path corpora = SharedCorpora.locate();
        if (corpora == null) return;
        Path folder = corpora.resolve("gwr-zh-en");
        if (!Files.isDirectory(folder)) return;
        ws = Workspace.open(data);
        ParallelService service = new ParallelService(ws);
        pairs = service.read(List.of(folder.toString()));
        report = service.check(pairs, MatchOptions.defaults());
        withPartial = service.check(pairs, MatchOptions.defaults(), true);
    }

    @AfterAll
    void close() {
        if (ws != null) ws.close();
    }

    private ParallelReport report() {
        SharedCorpora.require();
        assumeTrue(report != null, "aligned pairs not found in the shared corpus (gwr-zh-en): skipping");
        return report;
    }

    @Test
    void mostConceptsAgreeOnBothSidesOfTheSamePairs() {
        ParallelReport r = report();
        System.out.println("Parallel check on the shared gwr-zh-en pairs: " + r.figure());
        for (ConceptAgreement a : r.counted()) {
            if (!a.agrees()) System.out.println("  " + a.conceptId() + " " + a.zh() + "/" + a.en() + " " + a.verdict().label());
        }
        assertThat(r.pairs()).hasSizeGreaterThan(1200);
        assertThat(r.agreeing()).isGreaterThanOrEqualTo(AGREEING_FLOOR);
        assertThat((double) r.agreeing() / r.counted().size()).isGreaterThanOrEqualTo(SHARE_FLOOR);
    }

    /**
     * The aligner's damage: each report's closing sentence is paired with an English that lacks its first sentence (the
     * pairs just before it were dropped). The rule knows nothing of concepts, and leaves out few pairs.
     */
    @Test
    void partialPairsAreFewLieBesideDroppedPairsAndIncludeEachReportsClosingSentence() {
        ParallelReport r = report();
        System.out.println("Partial pairs left out: " + r.partial().stream().map(p -> p.id()).toList()
                + "; with them counted: " + withPartial.figure());
        assertThat(r.partial()).isNotEmpty().allMatch(p -> p.besideDropped());
        assertThat(r.partial().size()).isLessThanOrEqualTo(pairs.pairs().size() / 100);
        assertThat(r.pairs().size() + r.partial().size()).isEqualTo(pairs.pairs().size());
        for (String edition : List.of("2024", "2025", "2026")) {
            List<String> ids = pairs.pairs().stream().filter(p -> p.edition().equals(edition)).map(p -> p.id()).toList();
            String closing = ids.get(ids.size() - 2);     // the last row is the source line
            assertThat(r.partial()).as(edition).anyMatch(p -> p.id().equals(closing));
        }
        // the closing sentence's rallying clause is in the dropped pair, not missing from the translation
        assertThat(withPartial.concept("new-era").orElseThrow().agrees()).isFalse();
        assertThat(report().concept("new-era").orElseThrow().agrees()).isTrue();
    }

    /** Shared renderings on the real pairs: Xinhua renders 以人为本 and 以人民为中心 alike, "people-centered". */
    @Test
    void theChineseSideSaysWhichConceptPeopleCenteredRenders() {
        ConceptAgreement centred = report().concept("people-centred").orElseThrow();
        ConceptAgreement first = report().concept("people-first").orElseThrow();
        System.out.println("people-centred zh/en " + centred.zh() + "/" + centred.en() + " shared " + centred.enShared()
                + "; people-first " + first.zh() + "/" + first.en() + " shared " + first.enShared());
        assertThat(centred.en()).isGreaterThan(centred.zh() + 3);   // as tifa count counts English "people-centered"
        assertThat(first.en()).isZero();
        assertThat(first.enShared()).isEqualTo(-centred.enShared()).isPositive();
        assertThat(centred.verdict()).isEqualTo(ParallelVerdict.AGREES_READING_SHARED);
        assertThat(first.verdict()).isEqualTo(ParallelVerdict.AGREES_READING_SHARED);
    }

    @Test
    void everyDisagreementHasAVerdictAndEveryAgreementNone() {
        for (ConceptAgreement a : report().counted()) {
            assertThat(a.verdict().agreement())
                    .as(a.conceptId()).isEqualTo(a.agrees());
            if (a.verdict() == ParallelVerdict.ENGLISH_FORMS_MISSING || a.verdict() == ParallelVerdict.CHINESE_FORMS_MISSING) {
                assertThat(a.evidence()).as(a.conceptId()).isPresent();
            }
        }
    }

    /** The nesting rule on the real pairs: the English "Party leadership" hits inside renderings of 党中央 are set aside, not uncounted. */
    @Test
    void partyLeadershipInsideTheCentralCommitteesEnglishNameIsSetAsideNotUncounted() {
        ConceptAgreement a = report().concept("party-leadership").orElseThrow();
        System.out.println("party-leadership on the pairs: zh " + a.zh() + ", en " + a.en() + ", set aside " + a.zhAside() + "/" + a.enAside());
        assertThat(a.en()).isGreaterThan(a.zh() + 5);             // counted as tifa count counts them
        assertThat(a.enAside()).isGreaterThanOrEqualTo(a.en() - a.zh() - 1);
        assertThat(a.zhAside()).isZero();
        assertThat(a.verdict()).isEqualTo(ParallelVerdict.AGREES_WITHOUT_NESTING);
    }

    @Test
    void driftAccountsForEveryChineseHitOfNewQualityProductiveForcesInEachEdition() {
        ParallelReport r = report();
        var hits = r.hits().get("new-quality-productive-forces");
        assertThat(hits).isNotEmpty();
        List<TranslationDrift.Row> rows = TranslationDrift.of(hits);
        System.out.println("Translation drift of new-quality-productive-forces: " + rows);
        Set<String> editions = rows.stream().map(TranslationDrift.Row::edition).collect(Collectors.toSet());
        assertThat(editions).contains("2024", "2025", "2026");
        for (String ed : editions) {
            int zh = rows.stream().filter(x -> x.edition().equals(ed)).findFirst().orElseThrow().zh();
            int rendered = rows.stream().filter(x -> x.edition().equals(ed)).mapToInt(TranslationDrift.Row::count).sum();
            // each Chinese hit is either rendered by a glossary form in its pair or counted unrendered (English may have more)
            assertThat(rendered).as(ed).isGreaterThanOrEqualTo(zh);
        }
    }
}
