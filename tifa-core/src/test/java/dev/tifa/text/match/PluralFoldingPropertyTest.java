package dev.tifa.text.match;

import dev.tifa.model.Concept;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 item 5, as properties over word lists, for seeded random phrases and sentences: a form's regular plural
 * is counted, a lexicalised plural (news, securities, goods …) never counts for the singular-looking form.
 */
class PluralFoldingPropertyTest {
    /** singular → its regular plural, as found in translations of policy documents. */
    private static final String[][] REGULAR = {
            {"job", "jobs"}, {"SOE", "SOEs"}, {"free trade zone", "free trade zones"}, {"supply chain", "supply chains"},
            {"industry", "industries"}, {"tax", "taxes"}, {"approach", "approaches"}, {"enterprise", "enterprises"},
            {"policy", "policies"}, {"key", "keys"}, {"market entity", "market entities"}, {"loophole", "loopholes"}};
    /** a singular-looking form and the lexicalised plural that must not count for it. */
    private static final String[][] LEXICALISED = {
            {"new", "news"}, {"security", "securities"}, {"good", "goods"}, {"economic", "economics"}, {"arm", "arms"},
            {"mean", "means"}, {"custom", "customs"}, {"saving", "savings"}, {"political", "politics"}, {"work", "works"}};
    private static final String[] HEADS = {"", "new ", "national ", "green ", "high-standard ", "modern "};
    private static final String[] FILLER = {"we", "will", "promote", "and", "the", "in", "steadily", "expand", "of", "reform"};

    static LongStream seeds() {
        return LongStream.range(1, 101);
    }

    private static String sentence(Random r, String phrase) {
        StringBuilder b = new StringBuilder();
        int before = r.nextInt(5);
        for (int i = 0; i < before; i++) b.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
        b.append(r.nextBoolean() ? phrase : phrase.toUpperCase(java.util.Locale.ROOT));
        int after = r.nextInt(5);
        for (int i = 0; i < after; i++) b.append(' ').append(FILLER[r.nextInt(FILLER.length)]);
        return b.append(r.nextBoolean() ? "." : ";").toString();
    }

    private static int count(String form, String text, MatchOptions options) {
        Concept c = new Concept("t", List.of(), List.of(form), List.of(), "");
        return FormulationMatcher.compile(List.of(c), options).match(text).size();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void regularPluralsCountForTheSingularForm(long seed) {
        Random r = new Random(seed);
        String[] pair = REGULAR[r.nextInt(REGULAR.length)];
        String head = HEADS[r.nextInt(HEADS.length)];
        String text = sentence(r, head + pair[1]);
        assertThat(count(head + pair[0], text, MatchOptions.defaults())).as(text).isEqualTo(1);
        assertThat(count(head + pair[0], text, MatchOptions.exact())).as(text).isZero();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void lexicalisedPluralsNeverCountForTheSingularLookingForm(long seed) {
        Random r = new Random(seed);
        String[] pair = LEXICALISED[r.nextInt(LEXICALISED.length)];
        String head = HEADS[r.nextInt(HEADS.length)];
        String text = sentence(r, head + pair[1] + " " + FILLER[r.nextInt(FILLER.length)]);
        assertThat(count(head + pair[0], text, MatchOptions.defaults())).as(text).isZero();
        assertThat(count(head + pair[1], text, MatchOptions.defaults())).as("the word itself still counts: " + text).isEqualTo(1);
    }
}
