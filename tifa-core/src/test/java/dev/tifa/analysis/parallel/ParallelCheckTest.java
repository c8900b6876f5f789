package dev.tifa.analysis.parallel;

import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Language;
import dev.tifa.text.match.MatchOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Invented aligned pairs with planted renderings: every sentence here was written for this test. */
class ParallelCheckTest {
    private static final Glossary GLOSSARY = new Glossary(List.of(), List.of(
            new Concept("smart-farming", List.of("智慧农业"), List.of("smart farming"), List.of(), ""),
            new Concept("green-shipping", List.of("绿色航运"), List.of("green shipping"), List.of(), ""),
            new Concept("river-chief", List.of("河长制"), List.of("river chief system"), List.of(), ""),
            new Concept("night-markets", List.of("夜市经济"), List.of("night market economy"), List.of(), "")));

    /** Filler pairs that mention none of the concepts, so that "rare elsewhere" means something. */
    private static List<AlignedPair> filler(int from, int n) {
        String[] zh = {"我们推进城乡道路建设。", "稳步扩大居民消费。", "加强基层医疗服务。", "完善社会保障制度。",
                "促进区域协调发展。", "提高教育质量。", "保护历史文化遗产。", "加快建设现代物流体系。"};
        String[] en = {"We advanced the building of roads in cities and the countryside.", "We steadily expanded household spending.",
                "We strengthened primary health care services.", "We improved the social security system.",
                "We promoted coordinated development among regions.", "We raised the quality of education.",
                "We protected historical and cultural heritage.", "We sped up building a modern logistics system."};
        List<AlignedPair> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new AlignedPair("t:" + (from + i), "2030", from + i, zh[i % zh.length], en[i % en.length] + " Item " + i + "."));
        return out;
    }

    private static AlignedPair pair(int row, String zh, String en) {
        return new AlignedPair("t:" + row, "2030", row, zh, en);
    }

    private static List<AlignedPair> fixture() {
        List<AlignedPair> pairs = new ArrayList<>();
        // smart-farming: twice with the glossary rendering, four times as the planted "intelligent agriculture"
        pairs.add(pair(0, "发展智慧农业。", "We will develop smart farming."));
        pairs.add(pair(1, "推广智慧农业技术。", "We will spread smart farming technologies."));
        pairs.add(pair(3, "建设智慧农业示范区。", "We will build demonstration zones for intelligent agriculture."));
        pairs.add(pair(5, "支持智慧农业装备研发。", "We will support research on equipment for intelligent agriculture."));
        pairs.add(pair(7, "智慧农业覆盖更多县。", "Intelligent agriculture will reach more counties."));
        pairs.add(pair(9, "培养智慧农业人才。", "We will train people skilled in intelligent agriculture."));
        // green-shipping: English has it four times where the Chinese says the planted 低碳水运
        pairs.add(pair(11, "发展低碳水运。", "We will develop green shipping."));
        pairs.add(pair(13, "低碳水运船舶加快更新。", "Vessels for green shipping will be renewed faster."));
        pairs.add(pair(15, "扩大低碳水运试点。", "We will expand green shipping pilots."));
        pairs.add(pair(17, "制定低碳水运标准。", "We will set standards for green shipping."));
        // river-chief: three unrendered, each paraphrased differently: scattered
        pairs.add(pair(19, "全面落实河长制。", "Officials will be made responsible for every river."));
        pairs.add(pair(21, "河长制向小微水体延伸。", "Small ponds and streams will now have a named guardian."));
        pairs.add(pair(23, "河长制考核更加严格。", "Checks on those who look after waterways will be stricter."));
        pairs.add(pair(25, "河长制成效明显。", "The river chief system has worked well."));
        // night-markets: the aligner put the English one pair late
        pairs.add(pair(27, "繁荣夜市经济。", "We will make cities livelier."));
        pairs.add(pair(28, "丰富城市生活。", "We will boost the night market economy."));
        pairs.add(pair(29, "夜市经济持续升温。", "The night market economy kept heating up."));
        pairs.add(pair(31, "夜市经济带动就业。", "The night market economy created jobs."));
        pairs.addAll(filler(40, 40));
        return pairs;
    }

    private final ParallelCheck check = new ParallelCheck(GLOSSARY, MatchOptions.defaults());

    @Test
    void countsEachSideOfTheSamePairs() {
        ParallelReport r = check.check(fixture());
        ConceptAgreement farming = r.concept("smart-farming").orElseThrow();
        assertThat(farming.zh()).isEqualTo(6);
        assertThat(farming.en()).isEqualTo(2);
        assertThat(farming.pairsBoth()).isEqualTo(2);
        assertThat(farming.oneSided()).hasSize(4).allMatch(OneSided::zhOnly);
        assertThat(farming.agrees()).isFalse();
    }

    @Test
    void aPlantedEnglishRenderingIsFoundAndNamedTheVerdictsEvidence() {
        ConceptAgreement farming = check.check(fixture()).concept("smart-farming").orElseThrow();
        assertThat(farming.verdict()).isEqualTo(ParallelVerdict.ENGLISH_FORMS_MISSING);
        assertThat(farming.evidence()).get().extracting(Suggestion::phrase).isEqualTo("intelligent agriculture");
    }

    @Test
    void suggestionsRankThePlantedRenderingFirstWithItsPairs() {
        ParallelReport r = check.check(fixture());
        List<Suggestion> s = check.suggestions(r, "smart-farming", Language.EN, 5);
        assertThat(s).isNotEmpty();
        Suggestion top = s.get(0);
        assertThat(top.phrase()).isEqualTo("intelligent agriculture");
        assertThat(top.inTarget()).isEqualTo(4);
        assertThat(top.targetSize()).isEqualTo(4);
        assertThat(top.inRest()).isZero();
        assertThat(top.dice()).isEqualTo(1.0);
        assertThat(top.evidence()).containsExactly("t:3", "t:5", "t:7", "t:9");
        // "intelligent" alone stands in the same pairs: the longer phrase says more and replaces it
        assertThat(s).extracting(Suggestion::phrase).doesNotContain("intelligent", "agriculture");
    }

    @Test
    void aPlantedChineseFormIsFoundTheOtherWayRound() {
        ParallelReport r = check.check(fixture());
        ConceptAgreement shipping = r.concept("green-shipping").orElseThrow();
        assertThat(shipping.zh()).isZero();
        assertThat(shipping.en()).isEqualTo(4);
        assertThat(shipping.verdict()).isEqualTo(ParallelVerdict.CHINESE_FORMS_MISSING);
        assertThat(check.suggestions(r, "green-shipping", Language.ZH, 3).get(0).phrase()).isEqualTo("低碳水运");
    }

    @Test
    void scatteredRenderingsAreTranslatorsVariance() {
        ConceptAgreement river = check.check(fixture()).concept("river-chief").orElseThrow();
        assertThat(river.zh()).isEqualTo(4);
        assertThat(river.en()).isEqualTo(1);
        assertThat(river.verdict()).isEqualTo(ParallelVerdict.TRANSLATOR_VARIANCE);
    }

    @Test
    void aHitMovedOnePairOverIsAnAlignerShiftNotADisagreement() {
        ConceptAgreement night = check.check(fixture()).concept("night-markets").orElseThrow();
        assertThat(night.zh()).isEqualTo(3);
        assertThat(night.en()).isEqualTo(3);
        assertThat(night.verdict()).isEqualTo(ParallelVerdict.AGREES);
        assertThat(night.oneSided()).hasSize(2).allMatch(OneSided::shifted);
    }

    @Test
    void agreementIsWithinTenPercentOrOne() {
        assertThat(ParallelCheck.agree(3, 2)).isTrue();
        assertThat(ParallelCheck.agree(3, 1)).isFalse();
        assertThat(ParallelCheck.agree(20, 18)).isTrue();
        assertThat(ParallelCheck.agree(20, 17)).isFalse();
        assertThat(ParallelCheck.agree(0, 1)).isTrue();
    }

    @Test
    void theFigureCountsOnlyConceptsWithThreeHitsOnOneSide() {
        ParallelReport r = check.check(fixture());
        assertThat(r.counted()).extracting(ConceptAgreement::conceptId)
                .containsExactlyInAnyOrder("smart-farming", "green-shipping", "river-chief", "night-markets");
        assertThat(r.figure()).startsWith("1 of 4 bilingual concepts with ≥3 hits agree within 10% (or ±1)");
    }

    @Test
    void driftShowsTheRenderingsOfEachEdition() {
        List<AlignedPair> pairs = List.of(
                new AlignedPair("a:1", "2028", 0, "智慧农业", "smart farming"),
                new AlignedPair("a:2", "2028", 1, "智慧农业", "intelligent agriculture"),
                new AlignedPair("b:1", "2029", 0, "智慧农业", "smart farming"),
                new AlignedPair("b:2", "2029", 1, "智慧农业", "smart farming"));
        ParallelReport r = check.check(pairs);
        assertThat(TranslationDrift.of(r.hits().get("smart-farming"))).containsExactly(
                new TranslationDrift.Row("2028", "smart farming", 1, 2),
                new TranslationDrift.Row("2028", TranslationDrift.UNRENDERED, 1, 2),
                new TranslationDrift.Row("2029", "smart farming", 2, 2));
    }

    @Test
    void aRecurringFormOfABroaderConceptIsNamedAsSuchNotAsAMissingForm() {
        Glossary g = new Glossary(List.of(), List.of(
                new Concept("opening", List.of("开放"), List.of("openness"), List.of(), ""),
                new Concept("opening-abroad", List.of("对外开放"), List.of("opening up"), List.of(), "", List.of("opening"))));
        // the English names the broader concept too ("openness"), so its hits do not stand in (the family rule): the
        // phrase decides the verdict
        List<AlignedPair> pairs = new ArrayList<>(List.of(
                pair(0, "扩大对外开放。", "We will expand opening up."),
                pair(2, "推进制度型开放。", "We will advance institutional opening up, for openness."),
                pair(4, "扩大服务业开放。", "We will expand opening up of services, for openness."),
                pair(6, "有序推进单边开放。", "We will pursue unilateral opening up, for openness.")));
        pairs.addAll(filler(10, 20));
        ConceptAgreement a = new ParallelCheck(g, MatchOptions.defaults()).check(pairs).concept("opening-abroad").orElseThrow();
        assertThat(a.zh()).isEqualTo(1);
        assertThat(a.en()).isEqualTo(4);
        assertThat(a.verdict()).isEqualTo(ParallelVerdict.RELATED_CONCEPT);
        assertThat(a.evidence()).get().extracting(Suggestion::phrase, Suggestion::formOf).containsExactly("开放", "opening");
    }

    @Test
    void noSuggestedPhraseOverlapsAHitTheLackingSideAlreadyHas() {
        List<AlignedPair> pairs = new ArrayList<>(List.of(
                pair(0, "智慧农业和智慧农业园区。", "Smart farming and intelligent agriculture parks."),
                pair(2, "智慧农业与智慧农业装备。", "Smart farming and intelligent agriculture machines."),
                pair(4, "智慧农业及智慧农业人才。", "Smart farming and intelligent agriculture staff.")));
        pairs.addAll(filler(10, 20));
        ParallelReport r = check.check(pairs);
        List<Suggestion> s = check.suggestions(r, "smart-farming", Language.EN, 10);
        assertThat(s).extracting(Suggestion::phrase).contains("intelligent agriculture")
                .noneMatch(p -> p.contains("farming"));
    }

    /**
     * The family rule: bare 航运 (broader) rendered "sea shipping" (the narrower concept's form), and the narrower
     * 远洋航运 rendered with the narrower form, which is a mention of the broader concept too. A broader hit that both
     * sides have stands in for nothing.
     */
    @Test
    void linkedConceptsStandInForMissingHitsOnlyWhereThePairLacksThem() {
        Glossary family = new Glossary(List.of(), List.of(
                new Concept("shipping", List.of("航运"), List.of("maritime trade"), List.of(), "", List.of()),
                new Concept("sea-shipping", List.of("远洋航运"), List.of("sea shipping"), List.of(), "", List.of("shipping")),
                new Concept("river-chief", List.of("河长制"), List.of("river chief system"), List.of(), "")));
        List<AlignedPair> pairs = new ArrayList<>();
        for (int i = 0; i < 4; i++) pairs.add(pair(i, "扩大航运规模。", "We will expand sea shipping."));
        for (int i = 4; i < 8; i++) pairs.add(pair(i, "发展远洋航运。", "We will develop sea shipping."));
        pairs.add(pair(8, "航运更加繁荣。", "Maritime trade will prosper."));
        for (int i = 9; i < 13; i++) pairs.add(pair(i, "落实河长制。", "Rivers will have keepers."));
        pairs.addAll(filler(40, 20));
        ParallelReport r = new ParallelCheck(family, MatchOptions.defaults()).check(pairs);

        ConceptAgreement broad = r.concept("shipping").orElseThrow();
        assertThat(broad.zh()).isEqualTo(9);                   // 航运 nests in 远洋航运
        assertThat(broad.en()).isEqualTo(1);
        assertThat(broad.enLinked()).isEqualTo(8);             // every "sea shipping" is a mention of shipping
        assertThat(broad.verdict()).isEqualTo(ParallelVerdict.AGREES_THROUGH_LINKED);
        assertThat(broad.agrees()).isTrue();

        ConceptAgreement narrow = r.concept("sea-shipping").orElseThrow();
        assertThat(narrow.zh()).isEqualTo(4);
        assertThat(narrow.en()).isEqualTo(8);
        assertThat(narrow.zhLinked()).isEqualTo(4);            // bare 航运 with no "maritime trade" in its pair
        assertThat(narrow.verdict()).isEqualTo(ParallelVerdict.AGREES_THROUGH_LINKED);

        ConceptAgreement unlinked = r.concept("river-chief").orElseThrow();
        assertThat(unlinked.zhLinked() + unlinked.enLinked()).isZero();
        assertThat(unlinked.agrees()).isFalse();
    }

    /**
     * The nesting rule: "water management" inside "city water management board" is no mention of water management
     * where the Chinese of the same board, 市水务局, does not contain 水务管理; "leadership of the Port" running into "Port
     * Authority Committee" likewise. Where both languages nest (农村水务管理, "rural water management"), or the other side
     * does not name the containing concept at all, the hit stays; never more is set aside than the pair's surplus.
     */
    @Test
    void aHitLyingOnlyInOneLanguagesWordingOfAnotherConceptIsSetAside() {
        Glossary g = new Glossary(List.of(), List.of(
                new Concept("water-management", List.of("水务管理"), List.of("water management"), List.of(), ""),
                new Concept("city-water-board", List.of("市水务局"), List.of("city water management board"), List.of(), ""),
                new Concept("rural-water-management", List.of("农村水务管理"), List.of("rural water management"), List.of(), ""),
                new Concept("port-leadership", List.of("港口领导"), List.of("leadership of the port"), List.of(), ""),
                new Concept("port-committee", List.of("港务委员会"), List.of("Port Authority Committee"), List.of(), "")));
        List<AlignedPair> pairs = new ArrayList<>();
        for (int i = 0; i < 4; i++) pairs.add(pair(i, "市水务局发布了通知。", "The city water management board issued a notice."));
        for (int i = 4; i < 6; i++) pairs.add(pair(i, "加强水务管理。", "We will strengthen water management."));
        pairs.add(pair(6, "推进农村水务管理。", "We will advance rural water management."));
        pairs.add(pair(8, "通知已经发布。", "The city water management board issued it."));
        pairs.add(pair(10, "市水务局加强水务管理。", "The city water management board strengthened water management."));
        for (int i = 12; i < 15; i++) pairs.add(pair(i, "在港务委员会领导下，码头更加繁忙。", "Under the leadership of the Port Authority Committee, the docks grew busier."));
        pairs.add(pair(16, "加强港口领导。", "We will strengthen the leadership of the port."));
        pairs.addAll(filler(40, 20));
        ParallelReport r = new ParallelCheck(g, MatchOptions.defaults()).check(pairs);

        ConceptAgreement water = r.concept("water-management").orElseThrow();
        assertThat(water.zh()).isEqualTo(4);                   // counted as tifa count counts: nested ones included
        assertThat(water.en()).isEqualTo(10);
        // the four boards, and the board of the pair that also says 水务管理 once: not the pair without 市水务局, not
        // the rural one (both languages nest), and only one of the two English hits of the last pair
        assertThat(water.enAside()).isEqualTo(5);
        assertThat(water.zhAside()).isZero();
        assertThat(water.verdict()).isEqualTo(ParallelVerdict.AGREES_WITHOUT_NESTING);
        assertThat(water.agrees()).isTrue();
        assertThat(water.oneSided()).hasSize(1);               // only the pair whose Chinese names no board
        assertThat(water.oneSided().get(0).hits().pair().row()).isEqualTo(8);

        ConceptAgreement port = r.concept("port-leadership").orElseThrow();
        assertThat(port.zh()).isEqualTo(1);
        assertThat(port.en()).isEqualTo(4);
        assertThat(port.enAside()).isEqualTo(3);               // the crossing "leadership of the Port Authority Committee"
        assertThat(port.agrees()).isTrue();

        ConceptAgreement board = r.concept("city-water-board").orElseThrow();
        assertThat(board.zhAside() + board.enAside()).isZero();
    }
}
