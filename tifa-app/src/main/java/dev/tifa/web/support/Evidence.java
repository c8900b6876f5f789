package dev.tifa.web.support;

import dev.tifa.analysis.ConceptCount;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts every API row is made of: which text a number comes from (key, language, translation and edition
 * attributes …), which concept it counts, and the count itself with the link to its passages.
 */
public final class Evidence {
    private Evidence() {
    }

    public static Map<String, Object> source(Document d) {
        return source(d.key(), d.meta());
    }

    public static Map<String, Object> source(dev.tifa.model.DocumentInfo d) {
        return source(d.key(), d.meta());
    }

    private static Map<String, Object> source(String key, dev.tifa.model.DocumentMeta meta) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("title", meta.title());
        m.put("date", meta.date());
        m.put("year", meta.year());
        m.put("series", meta.series());
        m.put("kind", meta.kind().code());
        m.put("language", meta.language().code());
        m.put("attributes", new java.util.TreeMap<>(meta.attributes()));
        m.put("page", Links.doc(key));
        return m;
    }

    public static Map<String, Object> concept(Concept c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("label", c.label());
        m.put("zh", c.zh());
        m.put("en", c.en());
        m.put("themes", c.themes());
        m.put("note", c.note());
        m.put("adHoc", c.isAdHoc());
        return m;
    }

    /** A count of {@code q} in {@code d}, with the size it is normalised by and where to see its passages. */
    public static Map<String, Object> count(ConceptCount c, Document d, int size, String q, boolean phrase) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", c.total());
        m.put("standalone", c.standalone());
        m.put("nested", c.nested());
        m.put("per10k", Evidence.figure(c.rate()));
        m.put("size", size);
        m.put("unit", d.meta().language().unit());
        m.put("evidence", Links.kwic(q, d.key(), phrase));
        return m;
    }

    /** A rate or share for an API row: rounded in JSON, full precision in CSV. */
    public static Figure figure(double v) {
        return new Figure(v);
    }

    public static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
