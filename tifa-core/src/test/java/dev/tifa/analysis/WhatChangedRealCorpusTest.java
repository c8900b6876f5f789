package dev.tifa.analysis;

import dev.tifa.analysis.compare.Comparer;
import dev.tifa.analysis.compare.CompareOptions;
import dev.tifa.analysis.compare.ConceptChange;
import dev.tifa.analysis.compare.Comparison;
import dev.tifa.analysis.diff.DiffOptions;
import dev.tifa.analysis.diff.Differ;
import dev.tifa.analysis.diff.DocumentDiff;
import dev.tifa.analysis.discover.Candidate;
import dev.tifa.analysis.discover.DiscoverOptions;
import dev.tifa.analysis.discover.Discoverer;
import dev.tifa.analysis.discover.Discovery;
import dev.tifa.analysis.firsts.FirstAppearance;
import dev.tifa.analysis.firsts.Firsts;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Theme;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "What changed" on the real government work reports; skipped (with a message) when the corpus is not there. */
class WhatChangedRealCorpusTest {
    private static List<Document> docs;
    private static List<Document> reports;

    private static final Concept NQPF = concept("new-quality-productive-forces", "新质生产力", "technology");
    private static final Concept HQD = concept("high-quality-development", "高质量发展", "economy");
    private static final Concept SSSR = concept("supply-side-structural-reform", "供给侧结构性改革", "economy");
    private static final Concept OPENING = concept("opening-up", "对外开放", "opening");
    private static final Glossary GLOSSARY = new Glossary(
            List.of(new Theme("technology", "科技", "Technology"), new Theme("economy", "经济", "Economy"), new Theme("opening", "开放", "Opening")),
            List.of(NQPF, HQD, SSSR, OPENING));

    private static Concept concept(String id, String zh, String theme) {
        return new Concept(id, List.of(zh), List.of(), List.of(theme), "");
    }

    /** Per test, read once: where the corpus is absent each test is skipped (and counted so), not the class unseen. */
    @org.junit.jupiter.api.BeforeEach
    void load() throws IOException {
        if (docs != null) return;
        docs = RealCorpus.governmentWorkReports();
        reports = docs.stream().filter(d -> d.meta().year() != null).toList();
    }

    @Test
    void compare2023With2024() {
        Document a = RealCorpus.report(docs, 2023), b = RealCorpus.report(docs, 2024);
        Comparison c = Comparer.compare(a, b, GLOSSARY, CompareOptions.defaults());
        ConceptChange nqpf = c.concepts().stream().filter(x -> x.conceptId().equals(NQPF.id())).findFirst().orElseThrow();
        boolean in2023 = a.clean().contains("新质生产力"), in2024 = b.clean().contains("新质生产力");
        assertThat(in2024).isTrue();
        if (!in2023) assertThat(nqpf.status()).isEqualTo(ConceptChange.Status.NEW);
        assertThat(nqpf.countB()).isEqualTo(occurrences(b.clean(), "新质生产力"));
        assertThat(c.themes()).isNotEmpty();
        assertThat(c.themes().stream().mapToDouble(t -> t.shareB()).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c.keyTerms()).isNotEmpty();
        assertThat(c.keyTerms()).isSortedAccordingTo(Comparator.comparingDouble((dev.tifa.analysis.compare.KeyTerm k) -> k.g2()).reversed());
        // 新质生产力 is one token, so a key term of B
        // the segmenter behind keyness keeps the glossary form whole in the real text
        assertThat(dev.tifa.text.segment.ChineseSegmenter.forGlossary(GLOSSARY).tokens(b.clean()))
                .anyMatch(t -> t.text().equals("新质生产力"));
        c.keyTerms().stream().limit(15).forEach(k -> System.out.printf("key %s %d→%d G2=%.1f LR=%.2f%n", k.term(), k.countA(), k.countB(), k.g2(), k.logRatio()));
    }

    @Test
    void diff2023With2024() {
        Document a = RealCorpus.report(docs, 2023), b = RealCorpus.report(docs, 2024);
        long t0 = System.nanoTime();
        DocumentDiff d = Differ.diff(a, b, DiffOptions.defaults());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("diff 2023→2024 in %d ms: %s exact=%.3f near=%.3f%n", ms,
                java.util.Arrays.stream(dev.tifa.analysis.diff.ChangeType.values()).map(t -> t + "=" + d.count(t)).toList(),
                d.continuity().exact(), d.continuity().near());
        assertThat(d.continuity().near()).isStrictlyBetween(0.0, 1.0);
        assertThat(d.continuity().exact()).isBetween(0.0, d.continuity().near());
        Differ differ = new Differ(DiffOptions.defaults());
        assertThat(differ.diff(b, b).continuity().exact()).isEqualTo(1.0);
    }

    @Test
    void firstsAgreeWithNaiveScan() {
        List<Concept> concepts = List.of(NQPF, HQD, SSSR);
        List<FirstAppearance> firsts = Firsts.defaults().of(concepts, reports);
        for (int i = 0; i < concepts.size(); i++) {
            String form = concepts.get(i).zh().get(0);
            Integer naive = reports.stream().filter(d -> d.clean().contains(form))
                    .map(d -> d.meta().year()).min(Integer::compare).orElse(null);
            FirstAppearance f = firsts.get(i);
            System.out.printf("first %s: %s, last %s, gaps %s%n", form, f.first() == null ? null : f.first().meta().year(),
                    f.last() == null ? null : f.last().meta().year(),
                    f.gaps().stream().map(g -> g.after().meta().year() + "→" + g.backIn().meta().year()).toList());
            assertThat(naive).isNotNull();
            assertThat(f.first().meta().year()).isEqualTo(naive);
            assertThat(f.firstInSeries().get("gov-work-report").meta().year()).isEqualTo(naive);
            Integer naiveLast = reports.stream().filter(d -> d.clean().contains(form)).map(d -> d.meta().year()).max(Integer::compare).orElseThrow();
            assertThat(f.last().meta().year()).isEqualTo(naiveLast);
        }
    }

    @Test
    void discoverFindsWhatIsNewIn2024() {
        Document doc = RealCorpus.report(docs, 2024);
        List<Document> past = reports.stream().filter(d -> d.meta().year() < 2024).toList();
        Glossary withoutNqpf = new Glossary(GLOSSARY.themes(), List.of(HQD, SSSR, OPENING));
        long t0 = System.nanoTime();
        Discovery found = new Discoverer(withoutNqpf, DiscoverOptions.defaults()).discover(doc, past);
        System.out.printf("discover in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        found.candidates().stream().limit(25).forEach(c -> System.out.printf("cand %s %s n=%d past=%d H=%.2f/%.2f score=%.1f%n",
                c.text(), c.flag(), c.count(), c.pastCount(), c.leftEntropy(), c.rightEntropy(), c.score()));
        List<Candidate> top = found.candidates().stream().limit(10).toList();
        int nqpfCount = occurrences(doc.clean(), "新质生产力");
        if (nqpfCount >= DiscoverOptions.defaults().minFrequency()) {
            assertThat(top).extracting(Candidate::text).contains("新质生产力");
        }
        // a genuinely new phrase (checked against the texts, not taken on trust) is among the top ten
        assertThat(top).anySatisfy(c -> {
            assertThat(c.flag()).isEqualTo(Candidate.Flag.DEBUT);
            assertThat(occurrences(doc.clean(), c.text())).isGreaterThanOrEqualTo(3);
            assertThat(past).noneMatch(d -> d.clean().contains(c.text()));
        });
        for (Candidate c : top) {
            assertThat(c.contexts()).isNotEmpty().allSatisfy(x -> assertThat(x.match()).isEqualTo(c.text()));
            if (c.flag() == Candidate.Flag.DEBUT) assertThat(past).noneMatch(d -> d.clean().contains(c.text()));
        }
        Candidate debut = top.stream().filter(c -> c.flag() == Candidate.Flag.DEBUT).findFirst().orElseThrow();
        assertThat(Discoverer.toConcept(debut, List.of("economy"), "").id()).matches("[a-z0-9]+(-[a-z0-9]+)+");
        // the glossary's own forms are never proposed
        assertThat(found.candidates()).noneMatch(c -> c.text().equals("高质量发展"));
    }

    private static int occurrences(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length())) n++;
        return n;
    }
}
