package dev.tifa.ingest;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextReaderTest {

    @Test
    void readsMetadataFromThePlenumFileNameConvention() {
        SourceItem item = Fixtures.read("text/2031-07-18_communique_21st_cc_3rd_plenum.txt").get(0);

        DocumentMeta meta = item.document().meta();
        assertThat(meta.date()).isEqualTo(LocalDate.of(2031, 7, 18));
        assertThat(meta.year()).isEqualTo(2031);
        assertThat(meta.series()).isEqualTo("third-plenum");
        assertThat(meta.attributes()).containsEntry("doc-type", "communique").containsEntry("cc", "21").containsEntry("plenum", "3");
        assertThat(meta.title()).isEqualTo("虚构的第三次全体会议公报（测试用）");
        assertThat(meta.kind()).isEqualTo(Kind.OFFICIAL);
        assertThat(meta.language()).isEqualTo(Language.ZH);
        assertThat(item.document().profile()).isEqualTo(CleaningProfile.PLAIN);
        assertThat(item.document().original()).startsWith("虚构的第三次全体会议公报").contains("全面深化改革");
    }

    @Test
    void otherPlenumsKeepTheirAttributesButNoSeries() {
        DocumentMeta meta = Fixtures.read("text/2030-01-05_decision_21st_cc_2nd_plenum.txt").get(0).document().meta();

        assertThat(meta.attributes()).containsEntry("doc-type", "decision").containsEntry("plenum", "2");
        assertThat(meta.series()).isNull();
        assertThat(meta.date()).isEqualTo(LocalDate.of(2030, 1, 5));
    }

    @Test
    void readsFrontMatterAndLeavesItOutOfTheText() {
        SourceItem item = Fixtures.read("text/front-matter.md").get(0);

        DocumentMeta meta = item.document().meta();
        assertThat(meta.title()).isEqualTo("Notes on the Harbour work report");
        assertThat(meta.date()).isEqualTo(LocalDate.of(2030, 2, 20));
        assertThat(meta.series()).isEqualTo("harbour-reports");
        assertThat(meta.kind()).isEqualTo(Kind.COMMENTARY);
        assertThat(meta.language()).isEqualTo(Language.EN);
        assertThat(meta.source()).isEqualTo("https://example.org/notes");
        assertThat(meta.attributes()).containsEntry("translator", "Kim Ode");
        assertThat(item.document().original()).startsWith("# Notes on the Harbour work report\n").doesNotContain("---");
    }

    @Test
    void aLongFirstLineIsNoTitle() {
        DocumentMeta meta = Fixtures.read("text/long-first-line.txt").get(0).document().meta();

        assertThat(meta.title()).isEqualTo("long-first-line");
        assertThat(meta.language()).isEqualTo(Language.EN);
        assertThat(meta.source()).endsWith("long-first-line.txt");
    }

    @Test
    void badFrontMatterNamesFileAndLine() {
        SourceItem item = Fixtures.read("text/bad-front-matter.md").get(0);

        assertThat(item.ok()).isFalse();
        assertThat(item.location()).endsWith("bad-front-matter.md:3");
        assertThat(item.problem()).isEqualTo("line 3: date must be yyyy-mm-dd, found '20 February 2030'");
    }

    @Test
    void unclosedFrontMatterIsAProblem(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("open.md"), "---\ntitle: x\nsome text\n");

        assertThat(Fixtures.read(file).get(0).problem()).isEqualTo("line 1: front matter not closed: no second '---' line");
    }

    @Test
    void emptyAndBlankFilesAreProblems() {
        assertThat(Fixtures.read("text/empty.txt").get(0).problem()).isEqualTo("empty file");
        assertThat(Fixtures.read("text/blank.txt").get(0).problem()).isEqualTo("empty file");
        assertThat(Fixtures.read("text/blank.txt").get(0).location()).endsWith("blank.txt");
    }

    @Test
    void invalidUtf8NamesTheLine(@TempDir Path dir) throws IOException {
        byte[] gbk = "第三行是GBK编码".getBytes("GBK");
        byte[] head = "first line\nsecond line\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + gbk.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(gbk, 0, bytes, head.length, gbk.length);
        Path file = Files.write(dir.resolve("gbk.txt"), bytes);

        SourceItem item = Fixtures.read(file).get(0);

        assertThat(item.location()).isEqualTo(file + ":3");
        assertThat(item.problem()).startsWith("line 3: invalid UTF-8 (byte 0x");
        assertThat(item.describe()).startsWith(file + ": line 3: invalid UTF-8");
    }

    @Test
    void binaryFilesAreRefused(@TempDir Path dir) throws IOException {
        Path png = Files.write(dir.resolve("image.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        byte[] controls = new byte[100];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        Path noisy = Files.write(dir.resolve("noisy.txt"), controls);

        assertThat(Fixtures.read(png).get(0).problem()).isEqualTo("binary file, not text");
        assertThat(Fixtures.read(noisy).get(0).problem()).isEqualTo("binary file, not text");
    }

    @Test
    void acceptsUtf8AndUtf16ByteOrderMarks(@TempDir Path dir) throws IOException {
        String text = "标题\n\n正文是虚构的测试文字。";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Path bom8 = Files.write(dir.resolve("bom8.txt"), withBom);
        Path bom16 = Files.write(dir.resolve("bom16.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));

        List<SourceItem> items = List.of(Fixtures.read(bom8).get(0), Fixtures.read(bom16).get(0));

        assertThat(items).allSatisfy(item -> {
            assertThat(item.document().original()).isEqualTo(text);
            assertThat(item.document().meta().title()).isEqualTo("标题");
        });
    }

    @Test
    void optionsOverrideFileNameAndFrontMatter() {
        ImportOptions options = new ImportOptions("custom", Kind.PREVIEW, Language.ZH, "My title", null, java.util.Map.of("k", "v"));

        DocumentMeta meta = Fixtures.read(Fixtures.path("text/front-matter.md"), options).get(0).document().meta();

        assertThat(meta).extracting(DocumentMeta::series, DocumentMeta::kind, DocumentMeta::language, DocumentMeta::title)
                .containsExactly("custom", Kind.PREVIEW, Language.ZH, "My title");
        assertThat(meta.attributes()).containsEntry("k", "v").containsEntry("translator", "Kim Ode");
        assertThat(meta.date()).isEqualTo(LocalDate.of(2030, 2, 20));
    }
}
