package dev.tifa.ingest;

import java.nio.file.Path;

/** How items name where they came from: the path as given, with {@code :line} when there is one. */
final class Locations {
    private Locations() {
    }

    static String of(Path file, int line) {
        return line > 0 ? file + ":" + line : file.toString();
    }

    /** The file name without its extension, for titles of last resort. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The lower-case extension with its dot ({@code .jsonl}), or "" when there is none. */
    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
