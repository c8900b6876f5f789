package dev.tifa.analysis.parallel;

import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.text.match.MatchOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pairs the aligner damaged, on invented pairs (every sentence written for this test). */
class PartialPairsTest {
    private static final String[] ZH = {"我们推进城乡道路建设。", "稳步扩大居民收入。", "加强基层医疗服务。", "提高教育质量。",
            "保护历史文化遗产。", "加快建设现代物流体系。"};
    private static final String[] EN = {"We advanced the building of roads in cities and the countryside.",
            "We steadily raised household incomes.", "We strengthened primary health care services.",
            "We raised the quality of education.", "We protected historical and cultural heritage.",
            "We sped up building a modern logistics system."};

    /** 40 ordinary pairs, then one whose English lost its first sentence, beside a dropped pair or not. */
    private static List<AlignedPair> pairs(boolean besideDropped) {
        List<AlignedPair> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) out.add(new AlignedPair("t:" + i, "2030", i, ZH[i % ZH.length], EN[i % EN.length]));
        out.add(new AlignedPair("t:41", "2030", 40,
                "我们要紧紧团结在一起，高举河湖健康的旗帜，坚定信心、开拓进取，努力完成全年各项目标任务。",
                "Let us strive to accomplish this year's tasks.", besideDropped));
        return out;
    }

    @Test
    void aPairBesideADroppedOneWithImprobableLengthsIsPartial() {
        assertThat(PartialPairs.of(pairs(true))).extracting(AlignedPair::id).containsExactly("t:41");
    }

    @Test
    void improbableLengthsAwayFromADroppedPairAreTheShiftRulesBusiness() {
        assertThat(PartialPairs.of(pairs(false))).isEmpty();
    }

    @Test
    void ordinaryPairsBesideADroppedOneAreKept() {
        List<AlignedPair> p = new ArrayList<>(pairs(false).subList(0, 40));
        p.set(10, new AlignedPair("t:10", "2030", 10, ZH[4], EN[4], true));
        assertThat(PartialPairs.of(p)).isEmpty();
    }

    @Test
    void tooFewPairsTellNothingAboutUsualLengths() {
        List<AlignedPair> few = new ArrayList<>(pairs(true).subList(0, 20));
        few.add(pairs(true).get(40));
        assertThat(PartialPairs.of(few)).isEmpty();
    }

    @Test
    void theCheckLeavesPartialPairsOutOfBothSidesUnlessAskedToKeepThem() {
        Glossary g = new Glossary(List.of(), List.of(
                new Concept("river-health", List.of("河湖健康"), List.of("healthy rivers"), List.of(), "")));
        ParallelCheck check = new ParallelCheck(g, MatchOptions.defaults());
        ParallelReport left = check.check(pairs(true));
        assertThat(left.partial()).extracting(AlignedPair::id).containsExactly("t:41");
        assertThat(left.pairs()).hasSize(40);
        assertThat(left.concept("river-health")).isEmpty();

        ParallelReport kept = check.check(pairs(true), true);
        assertThat(kept.partial()).isEmpty();
        assertThat(kept.concept("river-health").orElseThrow().zh()).isEqualTo(1);
        assertThat(kept.concept("river-health").orElseThrow().en()).isZero();
    }
}
