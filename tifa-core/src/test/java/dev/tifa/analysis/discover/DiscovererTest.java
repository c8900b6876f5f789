package dev.tifa.analysis.discover;

import dev.tifa.analysis.Docs;
import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Theme;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A made-up corpus: past documents of plain filler, and a new one where a phrase debuts (数智赋能), another spikes
 * (乡村振兴, once per past document, many times now), and a glossary form appears that must not be proposed.
 */
class DiscovererTest {
    private static final String[] FILLER = {"今年经济运行总体平稳", "各地区各部门扎实工作", "人民生活持续改善", "社会大局保持稳定",
            "财政收支基本平衡", "粮食生产再获丰收", "城乡居民收入增长", "外贸进出口稳中有进"};
    private static final String[] LEFT = {"加快", "全面", "深入", "积极", "持续", "稳步", "大力", "统筹"};
    private static final String[] RIGHT = {"工作", "行动", "进程", "试点", "建设", "体系", "水平", "成效"};

    private static final Glossary GLOSSARY = new Glossary(List.of(new Theme("t", "甲", "T")),
            List.of(new Concept("green", List.of("绿色发展"), List.of(), List.of("t"), "")));

    private static String filler(int n, int seed) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(FILLER[(i + seed) % FILLER.length]).append("。");
        return b.toString();
    }

    /** The phrase in varied company, so that its boundaries are clear. */
    private static String uses(String phrase, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(LEFT[i % LEFT.length]).append(phrase).append(RIGHT[(i * 3) % RIGHT.length]).append("，");
        return b.append("。").toString();
    }

    private static List<Document> past() {
        List<Document> past = new ArrayList<>();
        for (int y = 2015; y < 2024; y++) past.add(Docs.zh("r" + y, y, filler(60, y) + uses("乡村振兴", 1) + uses("绿色发展", 3)));
        return past;
    }

    @Test
    void debutSpikeAndWholePhrasesFirst() {
        Document doc = Docs.zh("r2024", 2024, filler(60, 3) + uses("数智赋能", 8) + uses("乡村振兴", 8) + uses("绿色发展", 3));
        Discovery found = new Discoverer(GLOSSARY, DiscoverOptions.defaults()).discover(doc, past());
        List<Candidate> cs = found.candidates();
        assertThat(found.pastDocuments()).isEqualTo(9);

        Candidate debut = find(cs, "数智赋能").orElseThrow();
        assertThat(debut.flag()).isEqualTo(Candidate.Flag.DEBUT);
        assertThat(debut.count()).isEqualTo(8);
        assertThat(debut.pastCount()).isZero();
        assertThat(debut.contexts()).hasSize(3);
        assertThat(debut.contexts().get(0).match()).isEqualTo("数智赋能");

        Candidate spike = find(cs, "乡村振兴").orElseThrow();
        assertThat(spike.flag()).isEqualTo(Candidate.Flag.SPIKE);
        assertThat(spike.pastCount()).isEqualTo(9);

        // fragments of the whole phrase either do not come up, or rank below it
        for (String fragment : List.of("数智", "智赋", "赋能", "数智赋", "智赋能")) {
            find(cs, fragment).ifPresent(f -> assertThat(f.score()).as(fragment).isLessThan(debut.score()));
        }
        assertThat(find(cs, "智赋能")).isEmpty();
        // a glossary form, or a piece of one, is never proposed
        assertThat(cs).noneMatch(c -> "绿色发展".contains(c.text()));
        // filler is in every past document at the same rate: no news
        assertThat(find(cs, "经济运行")).isEmpty();
    }

    @Test
    void returnAfterAbsence() {
        List<Document> past = new ArrayList<>();
        for (int y = 2015; y < 2024; y++) past.add(Docs.zh("r" + y, y, filler(60, y) + (y < 2020 ? uses("共同富裕", 3) : "")));
        Document doc = Docs.zh("r2024", 2024, filler(60, 1) + uses("共同富裕", 3));
        Candidate c = find(new Discoverer(Glossary.empty(), DiscoverOptions.defaults()).discover(doc, past).candidates(), "共同富裕").orElseThrow();
        assertThat(c.flag()).isEqualTo(Candidate.Flag.RETURN);
    }

    @Test
    void englishPhrasesAndConcepts() {
        List<Document> past = new ArrayList<>();
        for (int y = 2020; y < 2024; y++) past.add(Docs.en("e" + y, y, "The economy grew steadily. Prices were stable. ".repeat(20)));
        StringBuilder t = new StringBuilder("The economy grew steadily. ".repeat(20));
        String[] before = {"We will develop", "Cities must build", "Firms use", "Regions foster"};
        String[] after = {"in every sector.", "with care.", "at scale.", "for growth."};
        for (int i = 0; i < 4; i++) t.append(before[i]).append(" new quality productive forces ").append(after[i]).append(' ');
        Document doc = Docs.en("e2024", 2024, t.toString());
        List<Candidate> cs = new Discoverer(Glossary.empty(), DiscoverOptions.defaults()).discover(doc, past).candidates();
        Candidate c = find(cs, "new quality productive forces").orElseThrow();
        assertThat(c.flag()).isEqualTo(Candidate.Flag.DEBUT);
        assertThat(cs.get(0).text()).isEqualTo("new quality productive forces");
        Concept concept = Discoverer.toConcept(c, List.of("technology"), "found in e2024");
        assertThat(concept.id()).isEqualTo("new-quality-productive-forces");
        assertThat(concept.en()).containsExactly("new quality productive forces");
        assertThat(concept.themes()).containsExactly("technology");
    }

    @Test
    void chineseConceptIdIsPinyin() {
        Candidate c = new Candidate("新质生产力", dev.tifa.model.Language.ZH, 3, 1, 0, 0, 0, 0, 1, 1, 1, Candidate.Flag.DEBUT, null, 1, List.of());
        Concept concept = Discoverer.toConcept(c, List.of("technology"), "");
        assertThat(concept.id()).isEqualTo("xin-zhi-sheng-chan-li");
        assertThat(concept.zh()).containsExactly("新质生产力");
    }

    private static Optional<Candidate> find(List<Candidate> cs, String text) {
        return cs.stream().filter(c -> c.text().equals(text)).findFirst();
    }
}
