package dev.tifa.app;

import dev.tifa.SharedCorpora;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.model.Concept;
import dev.tifa.model.Hit;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The archive-scale design must not change a single number: on the shared corpora (official documents, the English
 * translations and one year of the news), glossary counts read from the stored tallies, and ad-hoc phrases counted
 * on the documents the phrase index proposes, equal a full scan of every text by the matcher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountsEqualFullScanTest {
    /** Ad-hoc phrases: Chinese of one, two and more characters, digits, English words and a phrase with a plural. */
    private static final List<String> PHRASES = List.of("党", "新", "改革", "发展", "新质生产力", "高质量发展", "人工智能",
            "2035", "PM2.5", "GDP", "security", "opening up", "supply chains", "innovation", "reform", "Belt and Road", "从未出现的短语组合");

    @TempDir
    static Path data;
    private Workspace ws;

    @BeforeAll
    void importCorpora() throws Exception {
        Path corpora = SharedCorpora.locate();
        if (corpora == null) return;
        ws = Workspace.open(data);
        ws.onNotice(m -> { });
        List<Path> paths = new ArrayList<>(SampleCorpus.parts(corpora));
        Path news = corpora.resolveSibling("news").resolve("xwlb-zh").resolve("xwlb-2024.jsonl.gz");
        if (Files.exists(news)) paths.add(news);
        var r = new ImportService(ws).importPaths(paths, ImportOptions.none(), ImportService.OnError.ABORT, ImportService.Simplify.AUTO, i -> { });
        assertThat(r.problems()).isEmpty();
    }

    @AfterAll
    void close() {
        if (ws != null) ws.close();
    }

    @Test
    void everyGlossaryConceptInEveryDocumentFromTheTalliesEqualsAFullScan() {
        SharedCorpora.require();
        assertThat(ws.store().count()).isGreaterThan(96);
        assertThat(TalliesMatchScan.mismatches(ws)).isEmpty();
    }

    @Test
    void adHocPhrasesCountedOnTheIndexCandidatesEqualAFullScan() {
        SharedCorpora.require();
        for (MatchOptions options : List.of(MatchOptions.defaults(), MatchOptions.exact())) {
            for (String phrase : PHRASES) {
                Concept c = Concept.adHoc(phrase);
                Map<Long, String> viaIndex = new HashMap<>();
                for (var p : new TrendService(ws).byDocument(List.of(c), DocumentFilter.all(), options)) {
                    if (p.total() > 0) viaIndex.put(p.document().id(), p.total() + "/" + p.standalone());
                }
                FormulationMatcher scan = new FormulationService(ws).matcher(List.of(c), options);
                Map<Long, String> full = new HashMap<>();
                ws.store().forEachDocument(DocumentFilter.all(), d -> {
                    List<Hit> hits = scan.match(d.clean()).stream().filter(h -> h.conceptId().equals(c.id())).toList();
                    if (!hits.isEmpty()) full.put(d.id(), hits.size() + "/" + hits.stream().filter(Hit::standalone).count());
                });
                assertThat(viaIndex).as(phrase + " " + options).isEqualTo(full);
                if (!phrase.equals("从未出现的短语组合")) assertThat(full).as(phrase + " occurs somewhere").isNotEmpty();
            }
        }
    }

    @Test
    void glossaryConceptsWithExactMatchingGoThroughTheIndexAndEqualAFullScan() {
        SharedCorpora.require();
        assumeTrue(ws.glossary().concepts().size() > 10, "glossary too small");
        List<Concept> some = ws.glossary().concepts().subList(0, 10);
        Map<String, Integer> viaIndex = new HashMap<>();
        for (var p : new TrendService(ws).byDocument(some, DocumentFilter.all(), MatchOptions.exact())) {
            viaIndex.merge(p.conceptId(), p.total(), Integer::sum);
        }
        FormulationMatcher scan = new FormulationService(ws).matcher(some, MatchOptions.exact());
        Map<String, Integer> full = new HashMap<>();
        some.forEach(c -> full.put(c.id(), 0));
        ws.store().forEachDocument(DocumentFilter.all(), d -> {
            for (Hit h : scan.match(d.clean())) full.computeIfPresent(h.conceptId(), (k, v) -> v + 1);
        });
        assertThat(viaIndex).isEqualTo(full);
    }

    @Test
    void countReadsTalliesAndCandidatesAndEqualsAFullScanOfEveryText() {
        SharedCorpora.require();
        FormulationService service = new FormulationService(ws);
        Concept nqp = new TermResolver(ws.glossary()).resolve("新质生产力", false);
        DocumentFilter news = DocumentFilter.all().withKinds(List.of(dev.tifa.model.Kind.NEWS));
        DocumentFilter official = DocumentFilter.all().withKinds(List.of(dev.tifa.model.Kind.OFFICIAL));
        record Case(List<Concept> concepts, DocumentFilter filter, MatchOptions options) {
        }
        List<Case> cases = List.of(
                new Case(List.of(), official, MatchOptions.defaults()),                      // the whole glossary, from the tallies, zeros listed
                new Case(List.of(), DocumentFilter.all(), MatchOptions.defaults()),
                new Case(List.of(nqp), news, MatchOptions.defaults()),                       // news: documents with a mention only
                new Case(List.of(nqp), DocumentFilter.all(), MatchOptions.exact()),          // a concept with other options: the index
                new Case(List.of(Concept.adHoc("新质生产力"), Concept.adHoc("opening up")), DocumentFilter.all(), MatchOptions.defaults()),
                new Case(List.of(Concept.adHoc("改革")), news, MatchOptions.exact()));
        for (Case k : cases) {
            CountTable t = service.count(k.concepts(), k.filter(), k.options());
            List<Concept> asked = t.concepts();
            dev.tifa.analysis.Counter counter = new dev.tifa.analysis.Counter(service.matcher(asked, k.options()));
            Map<String, Map<String, dev.tifa.analysis.ConceptCount>> full = new java.util.LinkedHashMap<>();
            int[] selected = {0};
            ws.store().forEachDocument(k.filter(), d -> {
                selected[0]++;
                var counts = counter.count(d).counts();
                Map<String, dev.tifa.analysis.ConceptCount> kept = new HashMap<>();
                for (Concept c : asked) if (counts.containsKey(c.id())) kept.put(c.id(), counts.get(c.id()));
                if (!t.mentionsOnly() || !kept.isEmpty()) full.put(d.key(), kept);
            });
            Map<String, Map<String, dev.tifa.analysis.ConceptCount>> read = new java.util.LinkedHashMap<>();
            for (var d : t.documents()) read.put(d.document().key(), d.counts());
            String what = asked.size() + " term(s) " + k.options() + " " + k.filter();
            assertThat(t.selected()).as(what).isEqualTo(selected[0]);
            assertThat(List.copyOf(read.keySet())).as(what + ": documents in order").isEqualTo(List.copyOf(full.keySet()));
            assertThat(read).as(what).isEqualTo(full);
            assertThat(t.mentionsOnly()).as(what).isEqualTo(k.filter() != official); // the store holds a year of news
        }
    }

    @Test
    void patternsCountedOnTheIndexCandidatesEqualAFullScanOfEveryText() {
        SharedCorpora.require();
        PatternService service = new PatternService(ws);
        for (String source : List.of("坚持…不动摇", "统筹{X}和{Y}", "加快(建设|构建|发展)", "以{X}为{Y}", "把…摆在…位置", "新质生产力…{0,6}发展",
                "推进{X}现代化", "从未…出现…的组合")) {
            var pattern = dev.tifa.analysis.pattern.QueryPattern.compile(source, dev.tifa.analysis.pattern.QueryPattern.Mode.PATTERN);
            // 以{X}为{Y} has no literal of two characters: every text is read, and must agree all the same
            assertThat(service.candidates(pattern) != null).as(source + ": narrowed by the index").isEqualTo(!source.startsWith("以"));
            for (DocumentFilter filter : List.of(DocumentFilter.all(), DocumentFilter.all().withKinds(List.of(dev.tifa.model.Kind.NEWS)))) {
                Map<String, Integer> full = new java.util.LinkedHashMap<>();
                var fullGroups = new dev.tifa.analysis.pattern.SlotGroups();
                int[] selected = {0};
                ws.store().forEachDocument(filter, d -> {
                    selected[0]++;
                    var hits = pattern.match(d.clean());
                    if (!hits.isEmpty()) full.put(d.key(), hits.size());
                    fullGroups.add(d.key(), hits);
                });
                var table = service.count(pattern, filter);
                Map<String, Integer> viaIndex = new java.util.LinkedHashMap<>();
                for (var d : table.documents()) if (d.matches() > 0) viaIndex.put(d.counts().document().key(), d.matches());
                String what = source + " " + filter;
                assertThat(List.copyOf(viaIndex.keySet())).as(what + ": documents in order").isEqualTo(List.copyOf(full.keySet()));
                assertThat(viaIndex).as(what).isEqualTo(full);
                // what filled the slots, how often and where: the same as the full scan's, match by match
                assertThat(table.fills()).as(what + ": fillings").isEqualTo(fullGroups.fills());
                assertThat(table.selected()).as(what).isEqualTo(selected[0]);
                assertThat(service.total(pattern, filter)).as(what).isEqualTo(table.total());
                if (!source.startsWith("从未")) assertThat(full).as(source + " occurs somewhere").isNotEmpty();
            }
        }
    }
}
