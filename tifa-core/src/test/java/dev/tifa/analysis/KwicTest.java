package dev.tifa.analysis;

import dev.tifa.model.Document;
import dev.tifa.model.Hit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KwicTest {

    @Test
    void contextStopsAtTheParagraphAndTheWindow() {
        String text = "第一段说了别的。\n港口要推进高质量发展和开放。\n第三段。";
        Document doc = Docs.zh("d", 2030, text);
        int at = text.indexOf("高质量发展");
        List<Context> cs = new Kwic(3).contexts(doc, List.of(new Hit("hqd", "高质量发展", at, at + 5, null)));

        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(c.left()).isEqualTo("要推进");
            assertThat(c.match()).isEqualTo("高质量发展");
            assertThat(c.right()).isEqualTo("和开放");
        });
        List<Context> wide = new Kwic(100).contexts(doc, List.of(new Hit("hqd", "高质量发展", at, at + 5, null)));
        assertThat(wide.get(0).left()).isEqualTo("港口要推进");
        assertThat(wide.get(0).right()).isEqualTo("和开放。");
    }

    @Test
    void hitsAtTheEdgesOfParagraphsAndOfTheText() {
        String text = "发展\n\n发展";
        Document doc = Docs.zh("d", 2030, text);
        List<Context> cs = new Kwic(10).contexts(doc, List.of(new Hit("d", "发展", 0, 2, null), new Hit("d", "发展", 4, 6, null)));

        assertThat(cs).extracting(Context::left).containsExactly("", "");
        assertThat(cs).extracting(Context::right).containsExactly("", "");
    }

    @Test
    void paragraphBoundsAreFoundByBinarySearchOverTheBreaks() {
        int[] breaks = Kwic.lineBreaks("ab\ncd\n\nef");
        assertThat(breaks).containsExactly(2, 5, 6);
        assertThat(Kwic.paragraphStart(breaks, 0)).isEqualTo(0);
        assertThat(Kwic.paragraphStart(breaks, 3)).isEqualTo(3);
        assertThat(Kwic.paragraphStart(breaks, 4)).isEqualTo(3);
        assertThat(Kwic.paragraphStart(breaks, 8)).isEqualTo(7);
        assertThat(Kwic.paragraphEnd(breaks, 0, 9)).isEqualTo(2);
        assertThat(Kwic.paragraphEnd(breaks, 2, 9)).isEqualTo(2);
        assertThat(Kwic.paragraphEnd(breaks, 7, 9)).isEqualTo(9);
    }

    /** One line of 2 M characters with 100,000 hits: the old rescan per hit took hits × line length steps. */
    @Test
    void aHugeOneLineDocumentWithManyHitsIsShownInOnePass() {
        StringBuilder sb = new StringBuilder();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            hits.add(new Hit("d", "发展", sb.length(), sb.length() + 2, null));
            sb.append("发展港口建设十八字的一段话啊");
        }
        Document doc = Docs.zh("big", 2030, sb.toString());

        List<Context> cs = new Kwic(4).contexts(doc, hits);

        assertThat(cs).hasSize(100_000);
        assertThat(cs.get(99_999).left()).isEqualTo("一段话啊");
    }
}
