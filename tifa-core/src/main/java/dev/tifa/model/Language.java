package dev.tifa.model;

import java.util.Locale;

/** The language of a text; decides how formulations are matched and how rates are normalised. */
public enum Language {
    ZH, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit that rates are given per 10,000 of: characters for Chinese, words for English. */
    public String unit() {
        return this == ZH ? "characters" : "words";
    }

    public static Language parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh") || t.equals("chinese")) return ZH;
        if (t.startsWith("en") || t.equals("english")) return EN;
        throw new IllegalArgumentException("unknown language '" + text + "' (expected zh or en)");
    }
}
