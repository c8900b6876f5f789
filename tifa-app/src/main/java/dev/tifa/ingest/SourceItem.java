package dev.tifa.ingest;

import dev.tifa.model.RawDocument;

import java.nio.file.Path;

/**
 * One thing a source yielded: a document, or a problem at a location.
 *
 * @param location {@code path} or {@code path:line}
 * @param document the document read, or null when there was a problem
 * @param problem  what went wrong, in words for the analyst (it names the line when there is one), or null
 * @param warning  what was repaired in a document that was read (e.g. NUL characters replaced), or null
 */
public record SourceItem(String location, RawDocument document, String problem, String warning) {

    public SourceItem(String location, RawDocument document, String problem) {
        this(location, document, problem, null);
    }

    SourceItem withWarning(RawDocument repaired, String what) {
        return new SourceItem(location, repaired, problem, what);
    }

    public boolean ok() {
        return document != null;
    }

    static SourceItem of(String location, RawDocument document) {
        return new SourceItem(location, document, null);
    }

    static SourceItem problem(String location, String problem) {
        return new SourceItem(location, null, problem);
    }

    static SourceItem problem(Path file, BadInput e) {
        return problem(Locations.of(file, e.line()), e.getMessage());
    }

    /** One line for a log: {@code file: line 7: truncated or invalid JSON: …}, or {@code location: title}. */
    public String describe() {
        if (ok()) return location + ": " + document.meta().title();
        int colon = location.lastIndexOf(':');
        // the problem text already says "line N:", so name the file without repeating the line
        if (colon > 0 && problem.startsWith("line " + location.substring(colon + 1) + ":")) {
            return location.substring(0, colon) + ": " + problem;
        }
        return location + ": " + problem;
    }
}
