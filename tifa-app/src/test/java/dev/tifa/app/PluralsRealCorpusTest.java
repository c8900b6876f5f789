package dev.tifa.app;

import dev.tifa.SharedCorpora;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Hit;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 items 5 and 16 on the real English work reports (2024–2026): no glossary hit is a lexicalised plural of a
 * form (the 2026 text has "news media", all three have "goods"), and English rows of a concept count are labelled in English.
 */
class PluralsRealCorpusTest {
    private static final Set<String> LEXICALISED = Set.of("news", "goods", "securities", "economics", "arms", "means");

    @TempDir Path data;

    @Test
    void noHitIsALexicalisedPluralOfItsForm() {
        Path pairs = SharedCorpora.require().resolve("gwr-zh-en");
        try (Workspace ws = Workspace.open(data)) {
            var report = new ImportService(ws).importPaths(List.of(pairs), ImportOptions.none(), ImportService.OnError.ABORT,
                    ImportService.Simplify.NEVER, x -> { });
            assertThat(report.problems()).isEmpty();
            List<Document> english = ws.store().documents(DocumentFilter.all()).stream()
                    .filter(d -> d.meta().language() == Language.EN).toList();
            assertThat(english).hasSizeGreaterThanOrEqualTo(3);
            assertThat(english).anyMatch(d -> d.clean().toLowerCase(Locale.ROOT).contains("news media"));
            // the glossary, plus the words a user may ask about as phrases (`tifa count new --phrase`)
            List<Concept> concepts = new ArrayList<>(ws.glossary().concepts());
            for (String w : List.of("new", "good", "arm", "mean", "economic")) concepts.add(Concept.adHoc(w));
            FormulationMatcher m = FormulationMatcher.compile(concepts, MatchOptions.defaults());
            List<String> wrong = new ArrayList<>();
            for (Document d : english) {
                for (Hit h : m.match(d.clean())) {
                    String matched = d.clean().substring(h.start(), h.end()).toLowerCase(Locale.ROOT);
                    String last = matched.substring(matched.lastIndexOf(' ') + 1);
                    String formLast = h.form().toLowerCase(Locale.ROOT).substring(h.form().lastIndexOf(' ') + 1);
                    if (LEXICALISED.contains(last) && !last.equals(formLast)) wrong.add(d.key() + ": " + matched + " for " + h.form());
                }
            }
            assertThat(wrong).isEmpty();

            var t = new FormulationService(ws).count(List.of(ws.glossary().concept("opening-up").orElseThrow()),
                    DocumentFilter.all(), MatchOptions.defaults());
            var rows = CountRows.of(t, t.concepts(), false);
            assertThat(rows).filteredOn(r -> "en".equals(r.get("lang"))).isNotEmpty().allMatch(r -> "opening up".equals(r.get("term")));
        }
    }
}
