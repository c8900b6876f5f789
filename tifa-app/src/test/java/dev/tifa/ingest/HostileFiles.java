package dev.tifa.ingest;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Writes hostile input files at test time (nothing large is committed): the kinds of file that broke an import
 * before each document was read within limits. Every text in them is invented.
 */
public final class HostileFiles {
    private HostileFiles() {
    }

    /**
     * A folder of good and bad files, in one place for the "one run" test.
     *
     * @return file name → the words its problem must contain, or null for a file that must be stored
     */
    public static Map<String, String> writeCorpus(Path dir) throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        Files.writeString(dir.resolve("a-good.txt"), "Harbour plan 2031\n\nThe invented harbour will pursue high-quality development.\n");
        expected.put("a-good.txt", null);
        Files.writeString(dir.resolve("b-good.jsonl"), "{\"title\": \"港口规划\", \"text\": \"虚构的港口要推进高质量发展。\"}\n");
        expected.put("b-good.jsonl", null);
        PdfReaderTest.writePdf(dir.resolve("c-good.pdf"), "River plan 2032", "The invented river authority will build twelve locks.");
        expected.put("c-good.pdf", null);
        textOperatorPdf(dir.resolve("d-operators.pdf"), 3_000_000);
        expected.put("d-operators.pdf", "characters on one page");
        compressionBombPdf(dir.resolve("e-bomb.pdf"), 600L << 20);
        expected.put("e-bomb.pdf", "compression bomb");
        hugeJsonRecord(dir.resolve("f-huge.jsonl"), 50 << 20);
        expected.put("f-huge.jsonl", "too large");
        gbkHtmlWithoutCharset(dir.resolve("g-gbk.html"));
        expected.put("g-gbk.html", null);
        binary(dir.resolve("h-binary.jsonl"), 200_000);
        expected.put("h-binary.jsonl", "binary file");
        Files.write(dir.resolve("i-empty.jsonl"), new byte[0]);
        expected.put("i-empty.jsonl", "empty file");
        Files.write(dir.resolve("j-empty.txt"), new byte[0]);
        expected.put("j-empty.txt", "empty file");
        Files.write(dir.resolve("k-latin1.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        expected.put("k-latin1.txt", "invalid UTF-8");
        Files.writeString(dir.resolve("l-nul.jsonl"), "{\"title\": \"Harbour \\ud800notes\", \"text\": \"The invented\\u0000harbour \\udc00grows.\"}\n");
        expected.put("l-nul.jsonl", null);
        return expected;
    }

    /** One page whose content stream shows one character per operator, {@code operators} times (compressed). */
    public static Path textOperatorPdf(Path file, int operators) throws IOException {
        byte[] op = "(a) Tj\n".getBytes(StandardCharsets.US_ASCII);
        return pdfWithContent(file, out -> {
            out.write("BT /F1 1 Tf 0 0 Td\n".getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[op.length * 1024];
            for (int i = 0; i < 1024; i++) System.arraycopy(op, 0, block, i * op.length, op.length);
            for (int i = 0; i < operators / 1024; i++) out.write(block);
            out.write("ET\n".getBytes(StandardCharsets.US_ASCII));
        });
    }

    /** A page whose small compressed content stream expands to {@code expandedBytes} of spaces. */
    public static Path compressionBombPdf(Path file, long expandedBytes) throws IOException {
        return pdfWithContent(file, out -> {
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < expandedBytes; written += spaces.length) out.write(spaces);
            out.write("BT /F1 12 Tf 72 700 Td (bomb) Tj ET\n".getBytes(StandardCharsets.US_ASCII));
        });
    }

    /** One JSON line whose text field is {@code bytes} long (Chinese characters, three bytes each). */
    public static Path hugeJsonRecord(Path file, int bytes) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("{\"title\": \"巨大的记录\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "港口建设发展".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < bytes; written += chunk.length) out.write(chunk);
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** A Chinese article page saved in GBK with no charset declaration anywhere. */
    public static Path gbkHtmlWithoutCharset(Path file) throws IOException {
        String html = "<html><head><title>港口工作报告</title></head><body><article><h1>港口工作报告</h1>"
                + "<p>虚构的港口今年要推进高质量发展，建设十二个码头，扩大对外开放。</p>"
                + "<p>我们要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。</p></article></body></html>";
        Files.write(file, html.getBytes(Charset.forName("GBK")));
        return file;
    }

    /** Random bytes, as an image or archive renamed by mistake would be. */
    public static Path binary(Path file, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(11).nextBytes(bytes);
        bytes[10] = 0;
        for (int i = 100; i < size; i += 97) bytes[i] = '\n'; // many "lines", each of them garbage
        Files.write(file, bytes);
        return file;
    }

    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private static Path pdfWithContent(Path file, Content content) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            COSStream stream = pdf.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                content.write(out);
            }
            page.setContents(new PDStream(stream));
            pdf.addPage(page);
            pdf.save(file.toFile());
        }
        return file;
    }
}
