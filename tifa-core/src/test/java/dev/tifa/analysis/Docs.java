package dev.tifa.analysis;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.CleaningSpec;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;

/** Small made-up documents for unit tests. */
public final class Docs {
    private Docs() {
    }

    public static Document of(String key, Integer year, String series, Language language, String text) {
        DocumentMeta meta = new DocumentMeta(key, null, year, series, Kind.OFFICIAL, language, "test", null);
        return new Document(key.hashCode(), key, meta, text, text, "", new CleaningSpec(CleaningProfile.PLAIN, false));
    }

    public static Document zh(String key, Integer year, String text) {
        return of(key, year, "s", Language.ZH, text);
    }

    public static Document en(String key, Integer year, String text) {
        return of(key, year, "s", Language.EN, text);
    }
}
