package dev.tifa.ingest;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.Kind;
import dev.tifa.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A saved news or government page ({@code .html}, {@code .htm}): the article's main text without the page's
 * clutter, with title, byline, date, section and site. The static {@code parse} methods serve pages fetched
 * from the web as well.
 */
public final class HtmlArticleReader implements DocumentReader {
    static final Set<String> EXTENSIONS = Set.of(".html", ".htm");

    @Override
    public boolean accepts(Path file) {
        return EXTENSIONS.contains(Locations.extension(file));
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<SourceItem> sink) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            sink.accept(SourceItem.problem(file.toString(), "empty file"));
            return;
        }
        try {
            // a saved page without a charset declaration is decoded like a fetched one: UTF-8 if it fits, else GB18030
            RawDocument doc = document(parsePage(bytes, PageFetcher.charset(bytes, null, true).name(), file.toUri().toString()),
                    file.toString(), Locations.stem(file), options);
            sink.accept(SourceItem.of(file.toString(), doc));
        } catch (BadInput e) {
            sink.accept(SourceItem.problem(file, e));
        }
    }

    /**
     * Reads a page given as text.
     *
     * @param baseUri the page's address (the document's source), or "" when unknown
     * @throws IllegalArgumentException when the page has no article text
     */
    public static RawDocument parse(String html, String baseUri, ImportOptions options) {
        return parsed(Jsoup.parse(html, baseUri == null ? "" : baseUri), baseUri, options);
    }

    /**
     * Reads a page given as bytes, e.g. as downloaded.
     *
     * @param charsetHint the charset from the HTTP Content-Type header, or null to detect it (BOM, meta tag, else UTF-8)
     * @throws IllegalArgumentException when the page has no article text
     */
    public static RawDocument parse(byte[] html, String charsetHint, String baseUri, ImportOptions options) {
        return parsed(parsePage(html, charsetHint, baseUri == null ? "" : baseUri), baseUri, options);
    }

    private static RawDocument parsed(Document page, String baseUri, ImportOptions options) {
        try {
            String source = baseUri == null || baseUri.isBlank() ? null : baseUri;
            return document(page, source, source != null ? source : "untitled page", options == null ? ImportOptions.none() : options);
        } catch (BadInput e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    private static Document parsePage(byte[] bytes, String charsetHint, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), HtmlCharset.choose(bytes, charsetHint), baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array does not fail
        }
    }

    private static RawDocument document(Document page, String source, String fallbackTitle, ImportOptions options) throws BadInput {
        PageMetadata meta = PageMetadata.of(page);
        String text = MainText.extract(page);
        if (text.isBlank()) throw new BadInput("no article text found in the page");
        MetaDraft draft = new MetaDraft();
        draft.title = meta.title();
        draft.date = meta.date();
        draft.kind = Kind.COMMENTARY; // pages are mostly reporting and analysis; official pages get --kind official
        draft.source = source;
        draft.attribute("byline", meta.byline());
        draft.attribute("section", meta.section());
        draft.attribute("site", meta.site());
        if (meta.url() != null && !meta.url().equals(source)) draft.attribute("url", meta.url());
        draft.attribute("extracted-by", "tifa-html");
        return new RawDocument(draft.build(options, text, fallbackTitle), text, CleaningProfile.EXTRACTED);
    }
}
