package dev.tifa.model;

/**
 * A stored document.
 *
 * @param id    the store's number for it
 * @param key   a short readable handle, unique in the store (e.g. {@code gwr-2024}, {@code pc-20})
 * @param meta  metadata
 * @param original the text as imported, untouched
 * @param clean the cleaned text that all matching runs on
 * @param hash  SHA-256 of the original text and source; re-importing the same document is a no-op
 * @param cleaning how {@code clean} was made from {@code original}, so that positions can be mapped back
 */
public record Document(long id, String key, DocumentMeta meta, String original, String clean, String hash,
                       CleaningSpec cleaning) {

    /** The length rates are normalised by: characters (without white space) for Chinese, words for English. */
    public int size() {
        return TextSize.of(clean, meta.language());
    }

    /** The document without its texts. */
    public DocumentInfo info() {
        return new DocumentInfo(id, key, meta, size());
    }

    public String label() {
        return key + " (" + meta.title() + ")";
    }
}
