package dev.tifa.analysis.claims;

import dev.tifa.model.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClaimFinderTest {
    private final ClaimFinder finder = new ClaimFinder(List.of("security", "new quality productive forces", "common prosperity",
            "self-reliance", "opening up", "安全", "新质生产力", "对外开放", "高水平对外开放", "改革", "中国式现代化"));

    private List<Claim> en(String text) {
        return finder.find(text, Language.EN);
    }

    private List<Claim> zh(String text) {
        return finder.find(text, Language.ZH);
    }

    @Test
    void mentionedXNTimes() {
        List<Claim> c = en("The communiqué mentioned security 23 times. Nothing else here.");
        assertThat(c).extracting(Claim::phrase, Claim::number, Claim::operator, Claim::year, Claim::referent)
                .containsExactly(tuple("security", 23, Operator.EXACTLY, null, "communique"));
        assertThat(c.get(0).sentence()).isEqualTo("The communiqué mentioned security 23 times.");
        assertThat(c.get(0).start()).isEqualTo("The communiqué mentioned security ".length());
    }

    @Test
    void appearsAndWasMentionedWithQuotesAndNumberWords() {
        assertThat(en("In the document, ‘common prosperity’ appears eight times."))
                .extracting(Claim::phrase, Claim::number).containsExactly(tuple("common prosperity", 8));
        assertThat(en("Self-reliance was mentioned twice in the Decision."))
                .extracting(Claim::phrase, Claim::number, Claim::referent).containsExactly(tuple("Self-reliance", 2, "decision"));
        assertThat(en("The phrase new quality productive forces appeared in the communiqué twenty-three times."))
                .extracting(Claim::phrase, Claim::number).containsExactly(tuple("new quality productive forces", 23));
        assertThat(en("It used the word \"reform\" only once."))
                .extracting(Claim::phrase, Claim::number, Claim::operator).containsExactly(tuple("reform", 1, Operator.EXACTLY));
        assertThat(en("The word \u201Cdevelopment\u201D turns up, by my count, a dozen times."))
                .extracting(Claim::phrase, Claim::number).containsExactly(tuple("development", 12));
        assertThat(en("Security appeared thrice."))
                .extracting(Claim::phrase, Claim::number).containsExactly(tuple("Security", 3));
    }

    @Test
    void parenthesesAndComparisonsWithEarlierYears() {
        List<Claim> c = en("The big winners were \u201Csecurity\u201D (23 times), up from 15 in 2019.");
        assertThat(c).extracting(Claim::phrase, Claim::number, Claim::year)
                .containsExactly(tuple("security", 23, null), tuple("security", 15, 2019));
        assertThat(en("It mentioned opening up 9 times, compared with 14 in 2013."))
                .extracting(Claim::phrase, Claim::number, Claim::year)
                .containsExactly(tuple("opening up", 9, null), tuple("opening up", 14, 2013));
    }

    @Test
    void mentionsOfAndOperators() {
        assertThat(en("There is only one mention of common prosperity."))
                .extracting(Claim::phrase, Claim::number, Claim::operator).containsExactly(tuple("common prosperity", 1, Operator.EXACTLY));
        assertThat(en("Security was mentioned more than 20 times."))
                .extracting(Claim::phrase, Claim::number, Claim::operator).containsExactly(tuple("Security", 20, Operator.MORE_THAN));
        assertThat(en("Reform appears at least 5 times, and \u2018opening up\u2019 nearly 10 times."))
                .extracting(Claim::phrase, Claim::number, Claim::operator)
                .containsExactly(tuple("Reform", 5, Operator.AT_LEAST), tuple("opening up", 10, Operator.NEARLY));
        assertThat(en("The text makes no mention of \u201Cplanned economy\u201D."))
                .extracting(Claim::phrase, Claim::number).containsExactly(tuple("planned economy", 0));
    }

    @Test
    void vagueNumbersAreClaimsWithoutAValue() {
        List<Claim> c = en("Security is mentioned dozens of times.");
        assertThat(c).extracting(Claim::phrase, Claim::number, Claim::operator).containsExactly(tuple("Security", null, Operator.VAGUE));
        assertThat(c.get(0).vague()).isTrue();
    }

    @Test
    void sentencesWithoutClaims() {
        assertThat(en("The plenum met three times as often as before. Once again, the party met in 2024. He is 23 years old."))
                .isEmpty();
    }

    @Test
    void yearOfTheDocumentNamed() {
        assertThat(en("The 2019 communiqué mentioned security 15 times."))
                .extracting(Claim::phrase, Claim::number, Claim::year).containsExactly(tuple("security", 15, 2019));
    }

    @Test
    void chinesePatterns() {
        assertThat(zh("公报中安全出现23次。")).extracting(Claim::phrase, Claim::number, Claim::referent)
                .containsExactly(tuple("安全", 23, "communique"));
        assertThat(zh("全文提及“改革”五十三次。")).extracting(Claim::phrase, Claim::number).containsExactly(tuple("改革", 53));
        assertThat(zh("提到新质生产力十二次。")).extracting(Claim::phrase, Claim::number).containsExactly(tuple("新质生产力", 12));
        assertThat(zh("“中国式现代化”一词出现了二十三次。")).extracting(Claim::phrase, Claim::number).containsExactly(tuple("中国式现代化", 23));
        assertThat(zh("对外开放共出现两次。")).extracting(Claim::phrase, Claim::number).containsExactly(tuple("对外开放", 2));
        assertThat(zh("决定中高水平对外开放仅出现一次。")).extracting(Claim::phrase, Claim::number, Claim::referent)
                .containsExactly(tuple("高水平对外开放", 1, "decision"));
    }

    @Test
    void chineseOperatorsComparisonsAndVagueness() {
        assertThat(zh("安全一词出现了超过20次，比2019年的15次明显增多。"))
                .extracting(Claim::phrase, Claim::number, Claim::operator, Claim::year)
                .containsExactly(tuple("安全", 20, Operator.MORE_THAN, null), tuple("安全", 15, Operator.EXACTLY, 2019));
        assertThat(zh("改革出现了三十多次。")).extracting(Claim::number, Claim::operator).containsExactly(tuple(30, Operator.MORE_THAN));
        assertThat(zh("公报多次提到安全。")).extracting(Claim::phrase, Claim::operator).containsExactly(tuple("安全", Operator.VAGUE));
        assertThat(zh("第三次全体会议于七月举行，这是一次性安排。")).isEmpty();
    }

    @Test
    void numberWords() {
        assertThat(NumberWords.english("twice")).hasValue(2);
        assertThat(NumberWords.english("ninety-nine")).hasValue(99);
        assertThat(NumberWords.english("1,024")).hasValue(1024);
        assertThat(NumberWords.english("a dozen")).hasValue(12);
        assertThat(NumberWords.chinese("两")).hasValue(2);
        assertThat(NumberWords.chinese("十二")).hasValue(12);
        assertThat(NumberWords.chinese("二十三")).hasValue(23);
        assertThat(NumberWords.chinese("一百零五")).hasValue(105);
        assertThat(NumberWords.chinese("２３")).hasValue(23);
        assertThat(NumberWords.chinese("二三")).isEmpty();
        assertThat(NumberWords.isVague("dozens")).isTrue();
        assertThat(NumberWords.isVague("数十")).isTrue();
    }

    @Test
    void operators() {
        assertThat(Operator.NEARLY.accepts(9, 10)).isTrue();
        assertThat(Operator.NEARLY.accepts(11, 10)).isFalse();
        assertThat(Operator.ABOUT.accepts(13, 12)).isTrue();
        assertThat(Operator.MORE_THAN.accepts(20, 20)).isFalse();
        assertThat(Operator.AT_LEAST.accepts(20, 20)).isTrue();
    }
}
