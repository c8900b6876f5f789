package dev.tifa.text.segment;

import dev.tifa.glossary.Glossary;
import dev.tifa.model.Language;

import java.util.List;

/** Splits a text into clauses (runs between punctuation) of words, so that multi-word units never span punctuation. */
public interface Tokenizer {
    List<List<Token>> clauses(String text);

    /** The tokenizer for a language; Chinese keeps the glossary's forms whole. */
    static Tokenizer forLanguage(Language language, Glossary glossary) {
        return language == Language.ZH ? ChineseSegmenter.forGlossary(glossary) : new EnglishTokenizer();
    }
}
