package dev.tifa.text.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseSegmenterTest {
    private static final String TEXT = "我们要加快发展新质生产力，推动碳达峰。";

    @Test
    void glossaryFormsStayWhole() {
        ChineseSegmenter s = new ChineseSegmenter(List.of("新质生产力", "碳达峰"));
        List<String> words = s.tokens(TEXT).stream().map(Token::text).toList();
        assertThat(words).contains("新质生产力", "碳达峰").doesNotContain("，", "。");
    }

    @Test
    void withoutTheGlossaryTheFormIsCut() {
        List<String> words = new ChineseSegmenter(List.of()).tokens(TEXT).stream().map(Token::text).toList();
        assertThat(words).doesNotContain("新质生产力");
    }

    @Test
    void punctuationEndsClausesAndFunctionWordsAreNotContent() {
        ChineseSegmenter s = new ChineseSegmenter(List.of("新质生产力"));
        List<List<Token>> clauses = s.clauses("发展的新质生产力，2024年增长5%。");
        assertThat(clauses).hasSize(2);
        assertThat(clauses.get(0)).filteredOn(t -> t.text().equals("的")).allMatch(t -> !t.content());
        assertThat(clauses.get(1)).noneMatch(t -> t.content() && t.text().matches(".*\\d.*"));
        Token t = clauses.get(0).stream().filter(x -> x.text().equals("新质生产力")).findFirst().orElseThrow();
        assertThat("发展的新质生产力，2024年增长5%。".substring(t.start(), t.end())).isEqualTo("新质生产力");
    }

    @Test
    void englishTokenizerLowerCasesAndMarksStopWords() {
        List<List<Token>> clauses = new EnglishTokenizer().clauses("We Will promote High-Quality development; and 2024 growth.");
        assertThat(clauses).hasSize(2);
        assertThat(clauses.get(0)).extracting(Token::text).containsExactly("we", "will", "promote", "high", "quality", "development");
        assertThat(clauses.get(0).get(0).content()).isFalse();
        assertThat(clauses.get(1)).filteredOn(Token::content).extracting(Token::text).containsExactly("growth");
    }
}
