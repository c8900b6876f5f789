package dev.tifa.analysis;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.CleaningSpec;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;

import java.util.Map;

/** Small invented documents for analysis tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Document zh(String text) {
        return doc("zh-test", text, Language.ZH, 2024);
    }

    static Document doc(String key, String text, Language language, Integer year) {
        var meta = new DocumentMeta("Test " + key, null, year, "test", Kind.OFFICIAL, language, "test", Map.of());
        return new Document(1, key, meta, text, text, "h-" + key, new CleaningSpec(CleaningProfile.PLAIN, false));
    }
}
