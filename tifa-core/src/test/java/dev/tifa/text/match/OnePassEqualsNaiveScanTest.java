package dev.tifa.text.match;

import dev.tifa.model.Concept;
import dev.tifa.model.Hit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: for random texts and random glossaries, the one-pass automaton gives exactly the counts of a naive
 * scan (every occurrence found with indexOf/regex, merged and nested by the rules written out again here).
 */
class OnePassEqualsNaiveScanTest {
    private record Occ(String concept, int start, int end) {
        boolean contains(Occ o) {
            return start <= o.start && o.end <= end && end - start > o.end - o.start;
        }
    }

    static LongStream seeds() {
        return LongStream.range(1, 301);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void chineseCountsEqualNaiveScan(long seed) {
        Random r = new Random(seed);
        String alphabet = "改革开放对外高水平安全国家";
        List<Concept> concepts = new ArrayList<>();
        int n = 2 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            List<String> forms = new ArrayList<>();
            int k = 1 + r.nextInt(2);
            for (int j = 0; j < k; j++) forms.add(random(r, alphabet, 2 + r.nextInt(3)));
            concepts.add(new Concept("c" + i, forms, List.of(), List.of(), ""));
        }
        String text = random(r, alphabet + "，。", 200 + r.nextInt(400));
        List<Occ> naive = new ArrayList<>();
        for (Concept c : concepts) {
            for (String f : c.zh().stream().distinct().toList()) {
                for (int i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) naive.add(new Occ(c.id(), i, i + f.length()));
            }
        }
        assertSameCounts(concepts, text, naive, MatchOptions.defaults());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void englishCountsEqualNaiveRegexScan(long seed) {
        Random r = new Random(seed);
        String[] words = {"opening", "up", "reform", "and", "open", "supply", "chain", "security", "high", "standard"};
        String[] seps = {" ", " ", " ", "-", ", ", ". ", "  "};
        List<Concept> concepts = new ArrayList<>();
        int n = 2 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            int len = 1 + r.nextInt(3);
            StringBuilder f = new StringBuilder();
            for (int j = 0; j < len; j++) f.append(j == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
            concepts.add(new Concept("c" + i, List.of(), List.of(f.toString()), List.of(), ""));
        }
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            String w = words[r.nextInt(words.length)];
            if (r.nextInt(5) == 0) w = w.toUpperCase(Locale.ROOT);
            t.append(w).append(seps[r.nextInt(seps.length)]);
        }
        String text = t.toString();
        List<Occ> naive = new ArrayList<>();
        for (Concept c : concepts) {
            String[] parts = c.en().get(0).split(" ");
            StringBuilder re = new StringBuilder("(?<![A-Za-z0-9])");
            for (int j = 0; j < parts.length; j++) re.append(j == 0 ? "" : "[ \\-]+").append(Pattern.quote(parts[j]));
            re.append("(?![A-Za-z0-9])");
            Matcher m = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE).matcher(text);
            for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) naive.add(new Occ(c.id(), m.start(), m.end()));
        }
        assertSameCounts(concepts, text, naive, MatchOptions.exact());
    }

    private static void assertSameCounts(List<Concept> concepts, String text, List<Occ> raw, MatchOptions options) {
        List<Occ> occ = raw.stream().distinct().toList();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> standalone = new HashMap<>();
        for (Occ o : occ) {
            boolean merged = occ.stream().anyMatch(x -> x.concept().equals(o.concept()) && x.contains(o));
            if (merged) continue;
            total.merge(o.concept(), 1, Integer::sum);
            if (occ.stream().noneMatch(x -> !x.concept().equals(o.concept()) && x.contains(o))) standalone.merge(o.concept(), 1, Integer::sum);
        }
        List<Hit> hits = FormulationMatcher.compile(concepts, options).match(text);
        Map<String, Integer> gotTotal = new HashMap<>();
        Map<String, Integer> gotStandalone = new HashMap<>();
        for (Hit h : hits) {
            gotTotal.merge(h.conceptId(), 1, Integer::sum);
            if (h.standalone()) gotStandalone.merge(h.conceptId(), 1, Integer::sum);
        }
        assertThat(gotTotal).as("totals in: " + text).isEqualTo(total);
        assertThat(gotStandalone).as("standalone in: " + text).isEqualTo(standalone);
    }

    private static String random(Random r, String alphabet, int len) {
        StringBuilder b = new StringBuilder(len);
        for (int i = 0; i < len; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return b.toString();
    }
}
