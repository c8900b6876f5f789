package dev.tifa.text.segment;

/**
 * One word of a text as a tokenizer sees it.
 *
 * @param text    the word as compared and shown: Chinese as written, English lower-cased
 * @param start   offset in the text it came from
 * @param end     end offset (exclusive)
 * @param content false for stop words and numbers, which are neither counted nor joined into multi-word units
 */
public record Token(String text, int start, int end, boolean content) {
}
