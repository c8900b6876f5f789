package dev.tifa.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The invented test files under {@code fixtures/ingest}, and a way to read them into a list. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String relative) {
        URL url = Fixtures.class.getResource("/fixtures/ingest/" + relative);
        if (url == null) throw new IllegalStateException("missing fixture " + relative);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SourceItem> read(Path path) {
        return read(path, ImportOptions.none());
    }

    static List<SourceItem> read(Path path, ImportOptions options) {
        List<SourceItem> items = new ArrayList<>();
        new DocumentSources(options).read(path, items::add);
        return items;
    }

    static List<SourceItem> read(String fixture) {
        return read(path(fixture));
    }

    static ImportOptions attributes(Map<String, String> attributes) {
        return new ImportOptions(null, null, null, null, null, attributes);
    }
}
