package dev.tifa.model;

import java.util.Objects;

/**
 * A document as a reader found it: metadata and the original text, untouched.
 *
 * @param meta     metadata
 * @param original the text exactly as extracted from the source
 * @param profile  which cleaning the text needs, named by where it came from
 */
public record RawDocument(DocumentMeta meta, String original, CleaningProfile profile) {
    public RawDocument {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(profile, "profile");
    }
}
