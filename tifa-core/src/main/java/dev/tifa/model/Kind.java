package dev.tifa.model;

import java.util.Locale;

/** What a document is, in the analyst's words: the official text itself, or what others wrote about it. */
public enum Kind {
    OFFICIAL, RESOLUTION, COMMENTARY, PREVIEW,
    /** An item of a news programme or wire (e.g. 新闻联播): identified by its broadcast, not its text. */
    NEWS;

    /** The lower-case name used on the command line, in files and in the store. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown kind '" + text + "' (expected official, resolution, commentary, preview or news)");
        }
    }
}
