package dev.tifa.analysis.compare;

import dev.tifa.analysis.Cancellation;
import dev.tifa.text.segment.Token;
import dev.tifa.text.segment.Tokenizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word and word-pair frequencies of one text. A pair is two adjacent content words in the same clause; stop words,
 * numbers and punctuation break pairs.
 *
 * @param words      content-word counts
 * @param wordTotal  number of content words
 * @param pairs      word-pair counts
 * @param pairTotal  number of word pairs
 */
public record TermFrequencies(Map<String, Integer> words, long wordTotal, Map<String, Integer> pairs, long pairTotal) {

    public static TermFrequencies of(String text, Tokenizer tokenizer, String joiner) {
        return of(text, tokenizer, joiner, Cancellation.NEVER);
    }

    /**
     * Frequencies of {@code text}, read paragraph by paragraph: a pair never spans a paragraph break (a heading and
     * the paragraph after it are no phrase), and {@code cancellation} is asked before each paragraph.
     */
    public static TermFrequencies of(String text, Tokenizer tokenizer, String joiner, Cancellation cancellation) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        long wordTotal = 0, pairTotal = 0;
        for (String paragraph : text.split("\n")) {
            cancellation.check();
            if (paragraph.isBlank()) continue;
            for (List<Token> clause : tokenizer.clauses(paragraph)) {
                Token previous = null;
                for (Token t : clause) {
                    if (!t.content()) {
                        previous = null;
                        continue;
                    }
                    words.merge(t.text(), 1, Integer::sum);
                    wordTotal++;
                    if (previous != null) {
                        pairs.merge(previous.text() + joiner + t.text(), 1, Integer::sum);
                        pairTotal++;
                    }
                    previous = t;
                }
            }
        }
        return new TermFrequencies(Map.copyOf(words), wordTotal, Map.copyOf(pairs), pairTotal);
    }
}
