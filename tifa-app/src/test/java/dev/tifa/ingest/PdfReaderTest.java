package dev.tifa.ingest;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReaderTest {

    /** A one-page PDF in Helvetica with the given lines; a title in the document information when given. */
    static Path writePdf(Path file, String title, String... lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                out.setLeading(16);
                out.newLineAtOffset(72, 700);
                for (String line : lines) {
                    out.showText(line);
                    out.newLine();
                }
                out.endText();
            }
            if (title != null) pdf.getDocumentInformation().setTitle(title);
            pdf.save(file.toFile());
        }
        return file;
    }

    @Test
    void extractsTextAndTitle(@TempDir Path dir) throws IOException {
        Path file = writePdf(dir.resolve("harbour.pdf"), "Harbour Work Report 2030",
                "The fictional harbour province will pursue high-quality development.",
                "It will also build twelve vocational schools.");

        SourceItem item = Fixtures.read(file).get(0);
        RawDocument doc = item.document();

        assertThat(doc.original()).contains("pursue high-quality development.").contains("twelve vocational schools.");
        assertThat(doc.meta().title()).isEqualTo("Harbour Work Report 2030");
        assertThat(doc.meta().language()).isEqualTo(Language.EN);
        assertThat(doc.meta().attributes()).containsEntry("pages", "1");
        assertThat(doc.profile()).isEqualTo(CleaningProfile.EXTRACTED);
    }

    @Test
    void withoutInfoTitleTheFirstShortLineIsTheTitle(@TempDir Path dir) throws IOException {
        Path file = writePdf(dir.resolve("notice.pdf"), null, "Notice on Ferry Fares", "Fares will rise in May, says the invented notice.");

        assertThat(Fixtures.read(file).get(0).document().meta().title()).isEqualTo("Notice on Ferry Fares");
    }

    @Test
    void corruptPdfIsAProblemNamingTheFile(@TempDir Path dir) throws IOException {
        Path good = writePdf(dir.resolve("good.pdf"), null, "Some text.");
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(bytes, 40));
        Path junk = Files.writeString(dir.resolve("junk.pdf"), "this is not a PDF at all");

        for (Path file : new Path[]{cut, junk}) {
            SourceItem item = Fixtures.read(file).get(0);
            assertThat(item.ok()).isFalse();
            assertThat(item.location()).isEqualTo(file.toString());
            assertThat(item.problem()).startsWith("not a readable PDF");
        }
    }

    @Test
    void encryptedPdfIsAProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }

        assertThat(Fixtures.read(file).get(0).problem()).isEqualTo("encrypted PDF: it needs a password to open");
    }

    @Test
    void pdfWithoutTextIsAProblem(@TempDir Path dir) throws IOException {
        Path file = writePdf(dir.resolve("scan.pdf"), null);

        assertThat(Fixtures.read(file).get(0).problem()).startsWith("no text in PDF");
    }
}
