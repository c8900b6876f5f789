package dev.tifa.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The index's view of a text: every character and every pair of adjacent characters that are letters or digits
 * (Chinese characters are letters), lower-cased — a Lucene chain of an n-gram tokenizer and a lower-case filter.
 * If a phrase occurs in a text as the matcher sees it (lower case, hyphens as spaces), each of the phrase's pairs
 * occurs among the text's: so the index can only ever say "maybe" for a text that holds the phrase, never "no".
 */
final class CharGrams extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer grams = new NGramTokenizer(1, 2) {
            @Override
            protected boolean isTokenChar(int c) {
                return Character.isLetterOrDigit(c);
            }
        };
        TokenStream lower = new LowerCaseFilter(grams);
        return new TokenStreamComponents(grams, lower);
    }

    /**
     * The grams a text must hold to contain {@code pattern} (a pattern as the matcher holds it): its pairs, or its
     * single characters when it has no pair (a one-character phrase).
     */
    Set<String> required(String pattern) {
        Set<String> singles = new LinkedHashSet<>();
        Set<String> pairs = new LinkedHashSet<>();
        try (TokenStream ts = tokenStream("grams", new StringReader(pattern))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.codePointCount(0, t.length()) == 2) pairs.add(t);
                else singles.add(t);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs.isEmpty() ? singles : pairs;
    }
}
