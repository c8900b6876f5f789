package dev.tifa.text.segment;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lucene's standard (Unicode word-break) tokenisation, lower-cased and not stemmed, so words are shown as written.
 * Stop words and numbers are non-content tokens; punctuation between two words ends a clause.
 */
public final class EnglishTokenizer implements Tokenizer {
    private static final Set<String> STOP = stopWords();

    private static Set<String> stopWords() {
        Set<String> s = new HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(o -> s.add(new String((char[]) o)));
        // Lucene's list is short; policy prose adds its own glue words.
        s.addAll(List.of("we", "our", "us", "its", "has", "have", "had", "been", "from", "which", "who", "more", "also",
                "all", "can", "should", "must", "would", "could", "so", "than", "over", "under", "up", "out", "into",
                "i", "you", "he", "she", "his", "her", "them", "these", "those", "while", "i.e", "e.g", "etc", "s"));
        return Set.copyOf(s);
    }

    @Override
    public List<List<Token>> clauses(String text) {
        List<List<Token>> clauses = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int lastEnd = 0;
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                int start = offset.startOffset();
                if (!current.isEmpty() && hasPunctuation(text, lastEnd, start)) {
                    clauses.add(current);
                    current = new ArrayList<>();
                }
                String w = term.toString().toLowerCase(Locale.ROOT).replace('’', '\'');
                current.add(new Token(w, start, offset.endOffset(), isContent(w)));
                lastEnd = offset.endOffset();
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        if (!current.isEmpty()) clauses.add(current);
        return clauses;
    }

    public static boolean isStopWord(String word) {
        return STOP.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isContent(String w) {
        return !STOP.contains(w) && w.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean hasPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '\'' && c != '’') return true;
        }
        return false;
    }
}
