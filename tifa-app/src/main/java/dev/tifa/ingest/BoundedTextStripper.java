package dev.tifa.ingest;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * PDFBox's text stripper within limits: it stops a PDF that runs more content operators than the limit, or yields
 * more characters than a document may have, and it stops when its thread is interrupted (the time limit). PDFBox
 * keeps every glyph of a page in memory, so a generated page with millions of text operators would otherwise fill
 * the heap before the first character came out.
 */
final class BoundedTextStripper extends PDFTextStripper {
    /** A limit was reached: the message says which, for the analyst. */
    static final class LimitReached extends IOException {
        LimitReached(String message) {
            super(message);
        }
    }

    /** No real page holds this many characters (a dense A4 page has about 6,000). */
    static final int MAX_CHARS_PER_PAGE = 100_000;
    /** No real page's drawing instructions are this long; a compression bomb's are. */
    static final long MAX_CONTENT_BYTES_PER_PAGE = 64L << 20;

    private final ReadLimits limits;
    private long operators;
    private long glyphs;
    private int glyphsOnPage;
    private int pageNumber;

    BoundedTextStripper(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        pageNumber++;
        glyphsOnPage = 0;
        requireModestContent(page);
        super.processPage(page);
    }

    /** Decodes the page's content stream once, counting, before PDFBox holds it whole in memory. */
    private void requireModestContent(PDPage page) throws IOException {
        if (!page.hasContents()) return;
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (InputStream in = page.getContents()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > MAX_CONTENT_BYTES_PER_PAGE) {
                    throw new LimitReached(String.format(Locale.ROOT, "PDF page %d expands to more than %,d MB of drawing "
                            + "instructions (a compression bomb?); skipped", pageNumber, MAX_CONTENT_BYTES_PER_PAGE >> 20));
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw new LimitReached("PDF reading stopped: it took longer than the time limit per document");
                }
            }
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators > limits.maxPdfOperators()) {
            throw new LimitReached(String.format(Locale.ROOT, "PDF too complex: more than %,d content operators "
                    + "(a generated or hostile file?); skipped", limits.maxPdfOperators()));
        }
        if ((operators & 0x3FF) == 0 && Thread.currentThread().isInterrupted()) {
            throw new LimitReached("PDF reading stopped: it took longer than the time limit per document");
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++glyphsOnPage > MAX_CHARS_PER_PAGE) {
            throw new TooMuchText(String.format(Locale.ROOT, "PDF page %d has more than %,d characters on one page "
                    + "(a generated or hostile file?); skipped", pageNumber, MAX_CHARS_PER_PAGE));
        }
        if (++glyphs > limits.maxChars()) {
            // thrown unchecked through PDFBox's callback, turned back into LimitReached by the caller
            throw new TooMuchText(String.format(Locale.ROOT, "document too large: more than %,d characters of text "
                    + "(the limit is %,d; raise it with --max-chars)", limits.maxChars(), limits.maxChars()));
        }
        super.processTextPosition(text);
    }

    /** Unchecked, since PDFBox's processTextPosition may not throw IOException. */
    static final class TooMuchText extends RuntimeException {
        TooMuchText(String message) {
            super(message, null, false, false);
        }
    }
}
