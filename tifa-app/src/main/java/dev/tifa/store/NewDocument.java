package dev.tifa.store;

import dev.tifa.model.CleaningSpec;
import dev.tifa.model.DocumentMeta;

/** A document ready to be stored: metadata, both texts and how one was made from the other. */
public record NewDocument(DocumentMeta meta, String original, String clean, CleaningSpec cleaning) {
}
