package dev.tifa.analysis.compare;

import dev.tifa.analysis.Docs;
import dev.tifa.analysis.RealCorpus;
import dev.tifa.glossary.Glossary;
import dev.tifa.glossary.GlossaryReader;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Language;
import dev.tifa.model.Theme;
import dev.tifa.text.Cleaner;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 9 items 10–11: compare names a reframing (absorbed into a longer form); keyness drops fragments. */
class ReframingTest {
    private static final Glossary G = new Glossary(List.of(new Theme("reform", "改革", "Reform")), List.of(
            new Concept("deepening", List.of("深化改革"), List.of(), List.of("reform"), ""),
            new Concept("further-deepening", List.of("进一步深化改革"), List.of(), List.of("reform"), "")));

    @Test
    void aConceptMovedIntoALongerFormIsNamed() {
        Document a = Docs.zh("a", 2030, "要深化改革。坚持深化改革。推动深化改革。");
        Document b = Docs.zh("b", 2035, "要进一步深化改革。坚持进一步深化改革。推动进一步深化改革。还要深化改革。");
        ConceptChange x = Comparer.compare(a, b, G, CompareOptions.defaults()).concepts().stream()
                .filter(c -> c.conceptId().equals("deepening")).findFirst().orElseThrow();
        assertThat(x.status()).isEqualTo(ConceptChange.Status.SAME);
        assertThat(x.countA()).isEqualTo(3);
        assertThat(x.countB()).isEqualTo(4);
        assertThat(x.standaloneA()).isEqualTo(3);
        assertThat(x.standaloneB()).isEqualTo(1);
        assertThat(x.absorbedInto()).isEqualTo("进一步深化改革 (3 of 4)");
    }

    @Test
    void noReframingWithoutMoreNesting() {
        Document a = Docs.zh("a", 2030, "要深化改革。坚持深化改革。");
        Document b = Docs.zh("b", 2035, "要深化改革。坚持深化改革。推动深化改革。");
        assertThat(Comparer.compare(a, b, G, CompareOptions.defaults()).concepts()).allMatch(c -> c.absorbedInto() == null);
    }

    private static KeyTerm key(String term, int words, KeyTerm.Direction d) {
        return key(term, words, 5, 0, d);
    }

    private static KeyTerm key(String term, int words, int a, int b, KeyTerm.Direction d) {
        return new KeyTerm(term, words, a, b, 3, 0, 9, 0.001, -3, d);
    }

    @Test
    void keyWordsThatArePartOfALongerKeyWordAreDropped() {
        var a = KeyTerm.Direction.MORE_IN_A;
        var b = KeyTerm.Direction.MORE_IN_B;
        List<KeyTerm> kept = Comparer.withoutFragments(List.of(key("地方债务", 1, a), key("务", 1, a), key("新冠", 1, a), key("冠", 1, a),
                key("债务", 1, b), key("发展", 1, 20, 2, a), key("加快发展", 2, a)));
        assertThat(kept).extracting(KeyTerm::term).containsExactly("地方债务", "新冠", "债务", "发展", "加快发展");
    }

    @Test
    void realCommuniques2013To2024ShowTheReframing() throws Exception {
        Path dir = RealCorpus.corpora().map(c -> c.resolve("third-plenum-zh")).orElse(null);
        assumeTrue(dir != null && Files.isDirectory(dir), "SKIPPED: shared third-plenum corpus not found");
        Cleaner plain = Cleaner.forProfile(CleaningProfile.PLAIN, false);
        Document a = Docs.of("3p-2013", 2013, "third-plenum", Language.ZH,
                plain.clean(Files.readString(dir.resolve("2013-11-12_communique_18th_cc_3rd_plenum.txt"))).text());
        Document b = Docs.of("3p-2024", 2024, "third-plenum", Language.ZH,
                plain.clean(Files.readString(dir.resolve("2024-07-18_communique_20th_cc_3rd_plenum.txt"))).text());
        Comparison c = Comparer.compare(a, b, new GlossaryReader().readDefault(), CompareOptions.defaults());
        ConceptChange x = c.concepts().stream().filter(y -> y.conceptId().equals("comprehensively-deepening-reform")).findFirst().orElseThrow();
        assertThat(x.countA()).isEqualTo(13);
        assertThat(x.countB()).isEqualTo(16);
        assertThat(x.standaloneB()).isEqualTo(4);
        assertThat(x.absorbedInto()).isEqualTo("进一步全面深化改革 (12 of 16)");
        assertThat(c.keyTerms()).extracting(KeyTerm::term).doesNotContain("务", "冠");
    }

    @Test
    void realWorkReports2024To2025KeepLocalDebtAndDropItsFragment() throws Exception {
        var reports = RealCorpus.governmentWorkReports();
        Comparison c = Comparer.compare(RealCorpus.report(reports, 2024), RealCorpus.report(reports, 2025),
                new GlossaryReader().readDefault(), CompareOptions.defaults());
        assertThat(c.keyTerms()).extracting(KeyTerm::term).contains("地方债务").doesNotContain("务");
    }
}
