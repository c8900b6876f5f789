package dev.tifa.analysis.pattern;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.tifa.analysis.pattern.QueryPattern.Mode.PATTERN;
import static dev.tifa.analysis.pattern.QueryPattern.Mode.REGEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pattern language on invented sentences, every count made by hand. */
class QueryPatternTest {
    private static List<String> texts(String pattern, String text) {
        return QueryPattern.compile(pattern, PATTERN).match(text).stream().map(PatternHit::text).toList();
    }

    @Test
    void aGapMatchesWithinTheSentenceOnly() {
        String t = "坚持绿色发展不动摇，坚持开放不动摇。坚持改革。长期稳定不动摇。";
        // two matches; 坚持改革。…不动摇 crosses a sentence end and does not count
        assertThat(texts("坚持…不动摇", t)).containsExactly("坚持绿色发展不动摇", "坚持开放不动摇");
        assertThat(texts("坚持...不动摇", t)).hasSize(2);
        assertThat(texts("坚持……不动摇", t)).hasSize(2);
    }

    @Test
    void explicitBoundsLimitTheGap() {
        String t = "坚持绿色发展不动摇，坚持开放不动摇。";
        assertThat(texts("坚持…{0,2}不动摇", t)).containsExactly("坚持开放不动摇");
        assertThat(texts("坚持…{4}不动摇", t)).containsExactly("坚持绿色发展不动摇");
        assertThat(texts("坚持…{5,9}不动摇", t)).isEmpty();
    }

    @Test
    void slotsCaptureAndGroup() {
        String t = "统筹发展和安全，统筹国内和国际。要统筹发展和安全。";
        QueryPattern p = QueryPattern.compile("统筹{X}和{Y}", PATTERN);
        List<PatternHit> hits = p.match(t);
        assertThat(hits).extracting(PatternHit::slotLabel).containsExactly("X=发展 Y=安全", "X=国内 Y=国际", "X=发展 Y=安全");
        List<SlotFill> fills = new SlotGroups().add("a", hits).add("b", p.match("统筹国内和国际")).fills();
        // both fills twice; 国内/国际 first because it is in two documents
        assertThat(fills).hasSize(2);
        assertThat(fills.get(0).fillers()).isEqualTo(Map.of("X", "国内", "Y", "国际"));
        assertThat(fills.get(0).count()).isEqualTo(2);
        assertThat(fills.get(0).documents()).containsExactly("a", "b");
        assertThat(fills.get(1).fillers()).isEqualTo(Map.of("X", "发展", "Y", "安全"));
        assertThat(fills.get(1).count()).isEqualTo(2);
        assertThat(fills.get(1).range()).isEqualTo(1);
    }

    @Test
    void alternativesAndNestedGroups() {
        String t = "加快建设现代化产业体系，加快构建新发展格局，加快发展新质生产力，加快推进改革。";
        assertThat(texts("加快(建设|构建|发展)", t)).containsExactly("加快建设", "加快构建", "加快发展");
        assertThat(texts("加快(建设|(构|发)(建|展))新", t)).containsExactly("加快构建新", "加快发展新");
    }

    @Test
    void overlappingCandidatesCountOnceLeftmost() {
        // 坚持A坚持B不动摇: one match, from the first 坚持 (matches never overlap)
        assertThat(texts("坚持…不动摇", "坚持甲坚持乙不动摇。")).containsExactly("坚持甲坚持乙不动摇");
        // a slot at the end runs to the clause end
        assertThat(QueryPattern.compile("以{X}为{Y}", PATTERN).match("以人民为中心，以改革为动力。"))
                .extracting(PatternHit::slotLabel).containsExactly("X=人民 Y=中心", "X=改革 Y=动力");
    }

    @Test
    void offsetsAreThoseOfTheCleanedTextAndEnglishIsFolded() {
        String t = "We will pursue High-Standard  opening up.";
        List<PatternHit> hits = QueryPattern.compile("high standard…up", PATTERN).match(t);
        assertThat(hits).hasSize(1);
        assertThat(t.substring(hits.get(0).start(), hits.get(0).end())).isEqualTo("High-Standard  opening up");
    }

    @Test
    void aSlotEndingAnAlternativeRunsToTheClauseEnd() {
        QueryPattern p = QueryPattern.compile("(统筹{X}|协调{Y})", PATTERN);
        assertThat(p.match("统筹发展，协调推进。")).extracting(PatternHit::slotLabel).containsExactly("X=发展", "Y=推进");
    }

    @Test
    void literalsAreQuotedInRunsAndTheGapIsBounded() {
        assertThat(QueryPattern.compile("坚持…不动摇", PATTERN).regex()).isEqualTo("\\Q坚持\\E[^。！？；\\n]{0,20}?\\Q不动摇\\E");
        assertThat(QueryPattern.compile("坚持 … 不动摇", PATTERN).regex()).isEqualTo(QueryPattern.compile("坚持…不动摇", PATTERN).regex());
    }

    @Test
    void aPatternWithNoMatchGivesNoHits() {
        assertThat(texts("坚持…不折腾", "坚持绿色发展不动摇。")).isEmpty();
    }

    @Test
    void malformedPatternsNameThePosition() {
        assertThatThrownBy(() -> QueryPattern.compile("加快(建设|构建", PATTERN)).isInstanceOf(PatternSyntaxError.class)
                .hasMessageContaining("position 3").hasMessageContaining("never closed");
        assertThatThrownBy(() -> QueryPattern.compile("加快建设)", PATTERN)).hasMessageContaining("position 5");
        assertThatThrownBy(() -> QueryPattern.compile("…不动摇", PATTERN)).hasMessageContaining("position 1").hasMessageContaining("gap");
        assertThatThrownBy(() -> QueryPattern.compile("坚持…{9,2}不动摇", PATTERN)).hasMessageContaining("position 4");
        assertThatThrownBy(() -> QueryPattern.compile("统筹{X和", PATTERN)).hasMessageContaining("never closed");
        assertThatThrownBy(() -> QueryPattern.compile("统筹{X}和{X}", PATTERN)).hasMessageContaining("twice");
        assertThatThrownBy(() -> QueryPattern.compile("统筹{发展}", PATTERN)).hasMessageContaining("Latin letter");
        assertThatThrownBy(() -> QueryPattern.compile("加快(|建设)", PATTERN)).hasMessageContaining("empty alternative");
        assertThatThrownBy(() -> QueryPattern.compile("a[b", REGEX)).isInstanceOf(PatternSyntaxError.class).hasMessageContaining("position");
        assertThatThrownBy(() -> QueryPattern.compile(" ", PATTERN)).hasMessageContaining("empty");
    }

    @Test
    void regexModeUsesNamedGroupsAsSlots() {
        QueryPattern p = QueryPattern.compile("(?<V>加快|稳步)推进", REGEX);
        assertThat(p.slots()).containsExactly("V");
        assertThat(p.match("加快推进，稳步推进，积极推进")).extracting(PatternHit::slotLabel).containsExactly("V=加快", "V=稳步");
    }

    @Test
    void aCatastrophicRegexIsStopped() {
        // java.util.regex memoises (a+)+b, but not a repeated group with .* inside: seconds of backtracking unchecked
        String text = "a".repeat(30) + "!";
        QueryPattern p = QueryPattern.compile("(.*a){12}b", REGEX);
        assertThatThrownBy(() -> p.match(text)).isInstanceOf(PatternTooSlow.class).hasMessageContaining("steps");
        // a sane pattern on the same text stays far within the same budget
        assertThat(QueryPattern.compile("a+!", REGEX).match(text, 100_000)).hasSize(1);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
            "坚持…不动摇;坚持,不动摇",
            "统筹{X}和{Y};统筹,和",
            "加快(建设|构建|发展){X};加快",
            "(坚持|推进)改革;改革",
            "坚持|推进;",
            "以{X}为{Y};以,为"})
    void requiredTextIsTheLiteralOutsideGroupsUnlessTheTopLevelHasAlternatives(String source, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(","));
        assertThat(QueryPattern.compile(source, QueryPattern.Mode.PATTERN).requiredText()).isEqualTo(want);
    }

    @Test
    void aRegexRequiresNothingAnIndexCouldUse() {
        assertThat(QueryPattern.compile("坚持.{0,9}不动摇", QueryPattern.Mode.REGEX).requiredText()).isEmpty();
    }
}
