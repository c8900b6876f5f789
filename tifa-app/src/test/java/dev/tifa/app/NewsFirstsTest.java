package dev.tifa.app;

import dev.tifa.analysis.firsts.FirstAppearance;
import dev.tifa.analysis.firsts.Firsts;
import dev.tifa.analysis.firsts.Gap;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentInfo;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import dev.tifa.store.DocumentFilter;
import dev.tifa.store.NewDocument;
import dev.tifa.text.match.MatchOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Firsts over a store with news: news items without a mention are never listed (at a gigabyte that listing was most
 * of the time), yet the answer equals the core's over every document, read in full. Invented texts.
 */
class NewsFirstsTest {
    @TempDir
    static Path dir;
    private static Workspace ws;

    @BeforeAll
    static void store() {
        ws = Workspace.open(dir);
        ws.onNotice(m -> { });
        List<NewDocument> docs = new ArrayList<>();
        // a report series with a gap (2021 lacks it) and an English translation of one edition
        docs.add(doc("2020年虚构报告", null, 2020, "gov-work-report", Kind.OFFICIAL, Language.ZH, Map.of(), "要发展新质生产力，推动高质量发展。"));
        docs.add(doc("2021年虚构报告", null, 2021, "gov-work-report", Kind.OFFICIAL, Language.ZH, Map.of(), "推动高质量发展。"));
        docs.add(doc("2022年虚构报告", null, 2022, "gov-work-report", Kind.OFFICIAL, Language.ZH, Map.of(), "加快发展新质生产力。"));
        docs.add(doc("Invented report 2022", null, 2022, "gov-work-report", Kind.OFFICIAL, Language.EN, Map.of(),
                "We will develop new quality productive forces."));
        docs.add(doc("一篇虚构评论", LocalDate.of(2021, 6, 1), null, null, Kind.COMMENTARY, Language.ZH, Map.of(), "评论说高质量发展很重要。"));
        // news in both languages; most items mention nothing
        for (int i = 1; i <= 60; i++) {
            LocalDate day = LocalDate.of(2019, 1, 1).plusDays(i * 17L);
            String text = i % 9 == 0 ? "今天的节目说，要培育新质生产力。" : i % 4 == 0 ? "各地推动高质量发展。" : "今天天气晴朗，农民忙于春耕。";
            docs.add(doc("第" + i + "条虚构新闻", day, null, "xwlb", Kind.NEWS, Language.ZH, Map.of("num", Integer.toString(1 + i % 5)), text));
        }
        for (int i = 1; i <= 12; i++) {
            LocalDate day = LocalDate.of(2020, 2, 1).plusDays(i * 29L);
            String text = i % 5 == 0 ? "The bulletin praised new productive forces." : "It rained in the invented county.";
            docs.add(doc("Invented item " + i, day, null, "wire-en", Kind.NEWS, Language.EN, Map.of("num", "1"), text));
        }
        ws.store().saveAll(docs);
    }

    @AfterAll
    static void close() {
        if (ws != null) ws.close();
    }

    private static NewDocument doc(String title, LocalDate date, Integer year, String series, Kind kind, Language lang,
                                   Map<String, String> attrs, String text) {
        var raw = new RawDocument(new DocumentMeta(title, date, year, series, kind, lang,
                "https://example.cn/" + Math.abs((title + date + year).hashCode()), attrs), text, CleaningProfile.PLAIN);
        return ImportService.prepare(raw, ImportService.Simplify.NEVER);
    }

    private static List<Concept> concepts(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> ws.glossary().concept(id).orElseThrow()).toList();
    }

    @Test
    void firstsOverAStoreWithNewsEqualTheCoreOverEveryDocument() {
        List<Concept> asked = concepts("new-quality-productive-forces", "high-quality-development");
        for (DocumentFilter filter : List.of(DocumentFilter.all(), DocumentFilter.all().withKinds(List.of(Kind.NEWS)),
                DocumentFilter.all().withKinds(List.of(Kind.NEWS, Kind.OFFICIAL)), DocumentFilter.all().withLanguage(Language.EN),
                DocumentFilter.all().withDays(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))) {
            List<Document> every = ws.store().documents(filter);
            List<FirstAppearance> expected = Firsts.defaults().of(asked, every);
            // from the stored tallies, and (ad-hoc phrases) by matching the index's candidates
            assertThat(summary(new ChangeService(ws).firsts(asked, filter, MatchOptions.defaults()))).as(filter.toString())
                    .isEqualTo(summary(expected));
            List<Concept> phrases = List.of(Concept.adHoc("新质生产力"), Concept.adHoc("new productive forces"));
            assertThat(summary(new ChangeService(ws).firsts(phrases, filter, MatchOptions.defaults()))).as(filter.toString())
                    .isEqualTo(summary(Firsts.defaults().of(phrases, every)));
        }
    }

    @Test
    void theCountOfDocumentsThatCouldHaveItIncludesTheNewsWithoutAMention() {
        FirstAppearance a = new ChangeService(ws).firsts(concepts("new-quality-productive-forces"), DocumentFilter.all(), MatchOptions.defaults()).get(0);
        assertThat(a.documents()).isEqualTo(5 + 60 + 12); // every document: the concept has forms in both languages
        assertThat(a.present()).isEqualTo(3 + 6 + 2);
        assertThat(a.first().key()).startsWith("xwlb-2019-"); // the news had it before the 2020 report
        assertThat(a.gaps()).extracting(Gap::series).containsExactly("gov-work-report");
    }

    /** What a reader sees of each appearance, by key (the store's and the core's infos are equal records too). */
    private static List<Map<String, Object>> summary(List<FirstAppearance> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (FirstAppearance a : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("concept", a.conceptId());
            m.put("first", key(a.first()));
            m.put("last", key(a.last()));
            Map<String, String> series = new LinkedHashMap<>();
            a.firstInSeries().forEach((s, d) -> series.put(s, key(d)));
            m.put("firstInSeries", series);
            m.put("gaps", a.gaps().stream().map(g -> g.series() + ":" + key(g.after()) + "→" + key(g.backIn()) + "×" + g.missedCount()).toList());
            m.put("documents", a.documents());
            m.put("present", a.present());
            out.add(m);
        }
        return out;
    }

    private static String key(DocumentInfo d) {
        return d == null ? null : d.key();
    }
}
