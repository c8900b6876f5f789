package dev.tifa.analysis.compare;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KeynessTest {
    @Test
    void g2ByHand() {
        // a = 10 of 1000 words in A, b = 30 of 1000 in B: E1 = E2 = 1000·40/2000 = 20
        // G² = 2 (10 ln(10/20) + 30 ln(30/20)) = 2 (−6.931472 + 12.163953) = 10.464962
        assertThat(Keyness.g2(10, 1000, 30, 1000)).isCloseTo(10.464962, within(1e-6));
        // unequal sizes: a = 5 of 1000, b = 5 of 4000: E1 = 1000·10/5000 = 2, E2 = 8
        // G² = 2 (5 ln 2.5 + 5 ln 0.625) = 2 (4.581454 − 2.350018) = 4.462871
        assertThat(Keyness.g2(5, 1000, 5, 4000)).isCloseTo(4.462871, within(1e-6));
        // a zero cell contributes nothing: a = 0 of 100, b = 5 of 100: E2 = 2.5, G² = 2 · 5 ln 2 = 6.931472
        assertThat(Keyness.g2(0, 100, 5, 100)).isCloseTo(6.931472, within(1e-6));
    }

    @Test
    void logRatioByHand() {
        // log2((30/1000)/(10/1000)) = log2 3 = 1.584963
        assertThat(Keyness.logRatio(10, 1000, 30, 1000)).isCloseTo(1.584963, within(1e-6));
        // zero taken as 0.5: log2((5/100)/(0.5/100)) = log2 10 = 3.321928
        assertThat(Keyness.logRatio(0, 100, 5, 100)).isCloseTo(3.321928, within(1e-6));
        // (5/4000)/(5/1000) = 1/4: −2
        assertThat(Keyness.logRatio(5, 1000, 5, 4000)).isCloseTo(-2, within(1e-9));
    }

    @Test
    void pValueAtKnownChiSquarePoints() {
        assertThat(Keyness.pValue(3.841459)).isCloseTo(0.05, within(1e-5));
        assertThat(Keyness.pValue(6.634897)).isCloseTo(0.01, within(1e-5));
        assertThat(Keyness.pValue(10.827566)).isCloseTo(0.001, within(1e-6));
        assertThat(Keyness.pValue(3.84)).isCloseTo(0.05, within(2e-4));
        assertThat(Keyness.pValue(0)).isEqualTo(1);
    }

    @Test
    void rankSortsByG2AndFiltersRareTerms() {
        Map<String, Integer> a = Map.of("old", 20, "same", 10, "rare", 1);
        Map<String, Integer> b = Map.of("new", 15, "same", 10, "old", 2);
        List<KeyTerm> rows = Keyness.rank(a, 1000, b, 1000, 3, 1);
        // new: 0 vs 15, G² = 2·15 ln 2 = 20.79; old: 20 vs 2, E = 11, G² = 2(20·0.597837 − 2·1.704748) = 17.0945
        assertThat(rows).extracting(KeyTerm::term).containsExactly("new", "old", "same");
        assertThat(rows.get(0).direction()).isEqualTo(KeyTerm.Direction.MORE_IN_B);
        assertThat(rows.get(1).g2()).isCloseTo(17.0945, within(1e-3));
        assertThat(rows.get(1).direction()).isEqualTo(KeyTerm.Direction.MORE_IN_A);
        assertThat(rows.get(2).g2()).isZero();
        assertThat(rows.get(2).p()).isEqualTo(1);
    }
}
