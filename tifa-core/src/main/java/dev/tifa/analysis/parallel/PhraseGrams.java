package dev.tifa.analysis.parallel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tifa.text.segment.Token;
import dev.tifa.text.segment.Tokenizer;

/**
 * The candidate phrases of a sentence: English word n-grams (folded like the matcher: lower case, hyphen = space,
 * curly = straight apostrophe) that neither begin nor end with a function word, and Chinese word n-grams of the
 * segmented sentence (HanLP, glossary forms kept whole) that neither begin nor end with a function word or number.
 */
final class PhraseGrams {
    static final int MAX_WORDS = 5;
    static final int MIN_CHARS = 2;
    static final int MAX_CHARS_ZH = 8;
    static final int MAX_WORDS_ZH = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "on", "at",
            "by", "for", "with", "from", "as", "into", "its", "it", "our", "we", "us", "their", "they", "this", "that",
            "these", "those", "is", "are", "was", "were", "be", "been", "will", "has", "have", "had", "which", "who",
            "more", "all", "such", "so", "not", "also", "other", "than", "while", "both", "s", "no");

    private PhraseGrams() {
    }

    /** Marks a place no phrase may span (where a hit of the concept itself was cut out). */
    static final char BREAK = '\u0000';

    static Set<String> english(String sentence) {
        Set<String> grams = new LinkedHashSet<>();
        for (String part : sentence.split(String.valueOf(BREAK))) englishPart(part, grams);
        return grams;
    }

    /** Folds English like the matcher's view, word by word: "Opening-up" → "opening up". */
    static String foldEnglish(String phrase) {
        return String.join(" ", words(phrase));
    }

    private static List<String> words(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) words.add(m.group());
        return words;
    }

    private static void englishPart(String sentence, Set<String> grams) {
        List<String> words = words(sentence);
        for (int i = 0; i < words.size(); i++) {
            if (FUNCTION_WORDS.contains(words.get(i))) continue;
            StringBuilder g = new StringBuilder();
            for (int n = 1; n <= MAX_WORDS && i + n <= words.size(); n++) {
                String w = words.get(i + n - 1);
                if (n > 1) g.append(' ');
                g.append(w);
                if (!FUNCTION_WORDS.contains(w) && w.chars().anyMatch(Character::isLetter)) grams.add(g.toString());
            }
        }
    }

    /**
     * Runs of 1–{@value #MAX_WORDS_ZH} words of the segmented sentence, {@value #MIN_CHARS}–{@value #MAX_CHARS_ZH} Han
     * characters long, beginning and ending with a content word: word boundaries, not arbitrary character windows.
     */
    static Set<String> chinese(String sentence, Tokenizer segmenter) {
        Set<String> grams = new LinkedHashSet<>();
        for (String part : sentence.split(String.valueOf(BREAK))) {
            if (part.isBlank()) continue;
            for (List<Token> clause : segmenter.clauses(part)) {
                for (int i = 0; i < clause.size(); i++) {
                    if (!clause.get(i).content()) continue;
                    for (int n = 1; n <= MAX_WORDS_ZH && i + n <= clause.size(); n++) {
                        Token last = clause.get(i + n - 1);
                        if (!last.content()) continue;
                        String g = part.substring(clause.get(i).start(), last.end());
                        if (g.length() >= MIN_CHARS && g.length() <= MAX_CHARS_ZH && HAN.matcher(g).matches()) grams.add(g);
                    }
                }
            }
        }
        return grams;
    }
}
