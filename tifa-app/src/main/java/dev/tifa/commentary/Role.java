package dev.tifa.commentary;

import dev.tifa.model.Kind;

import java.util.Locale;

/** What a document is to an event: its official text, commentary written after it, or a preview written before. */
public enum Role {
    OFFICIAL, COMMENTARY, PREVIEW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a document of this kind plays unless told otherwise (resolutions are official texts too). */
    public static Role of(Kind kind) {
        return switch (kind) {
            case OFFICIAL, RESOLUTION -> OFFICIAL;
            case COMMENTARY, NEWS -> COMMENTARY; // a news item about an event reports on it
            case PREVIEW -> PREVIEW;
        };
    }

    public static Role parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + text + "' (expected official, commentary or preview)");
        }
    }
}
