package dev.tifa.ingest;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.RawDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** PDF ({@code .pdf}): the text layer in reading order, one document per file. Scanned pages have no text layer. */
final class PdfReader implements DocumentReader {
    private final ReadLimits limits;

    PdfReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean accepts(Path file) {
        return Locations.extension(file).equals(".pdf");
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<SourceItem> sink) throws IOException {
        if (!Files.isReadable(file)) throw new IOException("cannot read " + file);
        try {
            sink.accept(SourceItem.of(file.toString(), document(file, options)));
        } catch (BadInput e) {
            sink.accept(SourceItem.problem(file, e));
        }
    }

    private RawDocument document(Path file, ImportOptions options) throws BadInput {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return document(pdf, file.toString(), text -> PlainTextReader.titleFrom(text, file), options, limits);
        } catch (InvalidPasswordException e) {
            throw new BadInput("encrypted PDF: it needs a password to open");
        } catch (IOException e) {
            throw new BadInput("not a readable PDF (corrupt or truncated): " + e.getMessage());
        }
    }

    /** A PDF given as bytes, e.g. as downloaded; {@code source} is its address. */
    static RawDocument document(byte[] bytes, String source, String fallbackTitle, ImportOptions options) throws BadInput {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return document(pdf, source, text -> fallbackTitle, options, ReadLimits.DEFAULT);
        } catch (InvalidPasswordException e) {
            throw new BadInput("encrypted PDF: it needs a password to open");
        } catch (IOException e) {
            throw new BadInput("not a readable PDF (corrupt or truncated): " + e.getMessage());
        }
    }

    private static RawDocument document(PDDocument pdf, String source, java.util.function.UnaryOperator<String> fallbackTitle,
                                        ImportOptions options, ReadLimits limits) throws BadInput {
        try {
            PDFTextStripper stripper = new BoundedTextStripper(limits);
            // columns and boxes come out in reading order only when sorted by position
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);
            if (text.isBlank()) throw new BadInput("no text in PDF (a scanned document needs OCR first)");
            MetaDraft draft = new MetaDraft();
            draft.source = source;
            PDDocumentInformation info = pdf.getDocumentInformation();
            if (info != null) {
                draft.title = info.getTitle();
                draft.attribute("author", info.getAuthor());
            }
            draft.attribute("pages", pdf.getNumberOfPages());
            draft.attribute("extracted-by", "tifa-pdf");
            return new RawDocument(draft.build(options, text, fallbackTitle.apply(text)), text, CleaningProfile.EXTRACTED);
        } catch (BoundedTextStripper.LimitReached | BoundedTextStripper.TooMuchText e) {
            throw new BadInput(e.getMessage());
        } catch (IOException e) {
            throw new BadInput("not a readable PDF (corrupt or truncated): " + e.getMessage());
        }
    }
}
