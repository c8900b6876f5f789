package dev.tifa.ingest;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.RawDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Plain text ({@code .txt}, {@code .md}, {@code .text}): one document per file, metadata from the file name,
 * then from optional front matter, then from the command line.
 */
final class PlainTextReader implements DocumentReader {
    static final Set<String> EXTENSIONS = Set.of(".txt", ".md", ".text");
    /** A first line longer than this is a paragraph, not a title. */
    private static final int MAX_TITLE = 80;

    @Override
    public boolean accepts(Path file) {
        return EXTENSIONS.contains(Locations.extension(file));
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<SourceItem> sink) throws IOException {
        try {
            sink.accept(SourceItem.of(file.toString(), document(file, Files.readAllBytes(file), options)));
        } catch (BadInput e) {
            sink.accept(SourceItem.problem(file, e));
        }
    }

    static RawDocument document(Path file, byte[] bytes, ImportOptions options) throws BadInput {
        String whole = TextBytes.decodeFile(bytes);
        if (whole.isBlank()) throw new BadInput("empty file");
        MetaDraft draft = new MetaDraft();
        FileNameConvention.read(file, draft);
        String text = FrontMatter.read(whole, draft);
        if (text.isBlank()) throw new BadInput("empty file: front matter but no text");
        if (draft.source == null) draft.source = file.toString();
        return new RawDocument(draft.build(options, text, titleFrom(text, file)), text, CleaningProfile.PLAIN);
    }

    /** Text fetched from an address: front matter honoured, title from the first line, else {@code fallbackTitle}. */
    static RawDocument document(String whole, String source, String fallbackTitle, ImportOptions options) throws BadInput {
        if (whole.isBlank()) throw new BadInput("empty text");
        MetaDraft draft = new MetaDraft();
        String text = FrontMatter.read(whole, draft);
        if (text.isBlank()) throw new BadInput("front matter but no text");
        if (draft.source == null) draft.source = source;
        String rest = text.strip();
        int nl = rest.indexOf('\n');
        String title = nl > 0 && nl < MAX_TITLE && !rest.substring(nl).isBlank() ? rest.substring(0, nl).strip().replaceFirst("^#+\\s*", "") : fallbackTitle;
        return new RawDocument(draft.build(options, text, title.isEmpty() ? fallbackTitle : title), text, CleaningProfile.PLAIN);
    }

    /** The first non-empty line when it is short and more text follows, else the file name. */
    static String titleFrom(String text, Path file) {
        String rest = text.strip();
        int nl = rest.indexOf('\n');
        if (nl > 0) {
            String first = rest.substring(0, nl).strip().replaceFirst("^#+\\s*", "");
            if (!first.isEmpty() && first.length() < MAX_TITLE && !rest.substring(nl).isBlank()) return first;
        }
        return Locations.stem(file);
    }
}
