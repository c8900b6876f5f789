package dev.tifa.analysis.ladder;

import dev.tifa.model.Hit;
import dev.tifa.text.segment.ChineseSegmenter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The ladder on invented editions of a formulation, intensities computed by hand from the shipped lexicon. */
class ModifierLadderTest {
    private final ModifierLadder ladder = new ModifierLadder(new ChineseSegmenter(List.of("新质生产力", "碳达峰")), IntensityLexicon.readDefault());

    @Test
    void governorsAreTheWordsJustBeforeWithinTheClause() {
        String t = "我们要加快发展新质生产力。";
        Governed g = ladder.governed(t, hit(t, "新质生产力").get(0));
        assertThat(g.governors()).containsExactly("要", "加快", "发展");
        assertThat(g.modifiers()).extracting(Governed.Modifier::word).containsExactly("加快");
        assertThat(g.intensity()).isEqualTo(5.0);
        // the clause stops at the comma: 坚决 belongs to the previous clause
        String u = "坚决守住底线，新质生产力稳步发展。";
        Governed h = ladder.governed(u, hit(u, "新质生产力").get(0));
        assertThat(h.governors()).isEmpty();
        assertThat(h.intensity()).isNull();
    }

    @Test
    void aLongerEntryWinsOverTheWordsInsideIt() {
        String t = "积极稳妥推进碳达峰。";
        Governed g = ladder.governed(t, hit(t, "碳达峰").get(0));
        // 积极稳妥 (2) and 推进 (3): mean 2.5, not 积极 (4)
        assertThat(g.modifiers()).extracting(Governed.Modifier::word).containsExactly("积极稳妥", "推进");
        assertThat(g.intensity()).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void stepsShowWarmingAndCooling() {
        String a = "因地制宜发展新质生产力。";                     // 因地制宜 2
        String b = "加快发展新质生产力，大力培育新质生产力。";       // 加快 5, 大力 5
        String c = "探索新质生产力。加快新质生产力。";              // 探索 1, 加快 5 → 3
        List<LadderStep> steps = ModifierLadder.chained(List.of(
                ladder.step("a", a, hit(a, "新质生产力")), ladder.step("b", b, hit(b, "新质生产力")), ladder.step("c", c, hit(c, "新质生产力"))));
        assertThat(steps).extracting(LadderStep::intensity).containsExactly(2.0, 5.0, 3.0);
        assertThat(steps).extracting(LadderStep::change).containsExactly("", "warmer", "cooler");
        assertThat(steps.get(1).modifiers()).isEqualTo(Map.of("加快", 1, "大力", 1));
        assertThat(steps.get(1).modifierLabel()).isEqualTo("加快×1 大力×1");
    }

    @Test
    void theUserLexiconOverridesAndRemoves() {
        IntensityLexicon user = IntensityLexicon.read(bytes("words:\n  加快: 3\n  探索: 0\n  统筹: 4\n"), "intensity.yaml");
        IntensityLexicon l = IntensityLexicon.readDefault().with(user);
        assertThat(l.intensity("加快")).hasValue(3);
        assertThat(l.intensity("探索")).isEmpty();
        assertThat(l.intensity("统筹")).hasValue(4);
        assertThatThrownBy(() -> IntensityLexicon.read(bytes("words:\n  加快: 9\n"), "my.yaml")).hasMessageContaining("my.yaml").hasMessageContaining("加快");
        assertThatThrownBy(() -> IntensityLexicon.read(bytes("words: [\n"), "bad.yaml")).hasMessageStartingWith("bad.yaml");
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static List<Hit> hit(String text, String term) {
        List<Hit> out = new ArrayList<>();
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) out.add(new Hit(term, term, i, i + term.length(), null));
        return out;
    }
}
