package dev.tifa.store;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.CleaningSpec;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The day volumes (V9) a trend divides by: kept by triggers through inserts, updates and deletes, equal to a recount. */
class DayVolumesTest {
    @TempDir
    Path dir;

    private static NewDocument doc(String title, LocalDate day, Integer year, String series, Kind kind, Language lang, String text) {
        var meta = new DocumentMeta(title, day, year, series, kind, lang, "test:" + title, Map.of("num", "1"));
        return new NewDocument(meta, text, text, new CleaningSpec(CleaningProfile.PLAIN, false));
    }

    private static List<NewDocument> mixed() {
        List<NewDocument> docs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(doc("条目" + i, LocalDate.of(2024, 1, 1).plusDays(i / 3), null, "xwlb", Kind.NEWS, Language.ZH, "第" + i + "条新闻，推动发展。"));
        }
        docs.add(doc("Report", null, 2023, "gov-work-report", Kind.OFFICIAL, Language.EN, "A short report."));
        docs.add(doc("报告", null, 2023, "gov-work-report", Kind.OFFICIAL, Language.ZH, "报告正文，很长很长。".repeat(20)));
        docs.add(doc("无系列的评论", LocalDate.of(2024, 1, 3), 2024, null, Kind.COMMENTARY, Language.ZH, "短评。"));
        docs.add(doc("没有日期", null, null, null, Kind.COMMENTARY, Language.ZH, "没有日期的文字。"));
        return docs;
    }

    private static final List<DocumentFilter> FILTERS = List.of(DocumentFilter.all(),
            DocumentFilter.all().withSeries("xwlb"),
            DocumentFilter.all().withKinds(List.of(Kind.OFFICIAL, Kind.COMMENTARY)),
            DocumentFilter.all().withLanguage(Language.EN),
            DocumentFilter.all().withDays(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 5)),
            new DocumentFilter(null, null, null, null, 2023, 2023, null),
            new DocumentFilter(null, null, null, null, null, 2024, null),
            DocumentFilter.all().withDays(null, LocalDate.of(2024, 1, 3)),
            DocumentFilter.all().withText("条目1"));

    private static List<String> sorted(List<dev.tifa.analysis.time.DayVolume> v) {
        return v.stream().map(dev.tifa.analysis.time.DayVolume::toString).sorted(Comparator.naturalOrder()).toList();
    }

    @Test
    void keptVolumesEqualTheSumsOverTheDocumentsThroughEveryKindOfWrite() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir)) {
            s.saveAll(mixed());
            TallyTable t = new TallyTable(s);
            for (DocumentFilter f : FILTERS) assertThat(sorted(t.sizesByDay(f))).as(f.toString()).isEqualTo(sorted(t.sizesByDayScanned(f)));
            assertThat(sorted(t.sizesByDay(DocumentFilter.all()))).isNotEmpty();
            countsEqualTheList(s);
            // an edited date, series and size, and a deleted item: the triggers move the volumes with them
            s.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("UPDATE documents SET doc_date = '2024-02-01', series = 'other' WHERE title = '条目5'");
                    st.executeUpdate("UPDATE documents SET size = 7 WHERE title = '报告'");
                    st.executeUpdate("DELETE FROM documents WHERE title IN ('条目6', '条目7', '条目8')");
                    st.executeUpdate("UPDATE documents SET tallied = 1"); // not a volume column: nothing moves
                }
                return null;
            });
            for (DocumentFilter f : FILTERS) assertThat(sorted(t.sizesByDay(f))).as(f.toString()).isEqualTo(sorted(t.sizesByDayScanned(f)));
            countsEqualTheList(s);
            // a day left without documents leaves no row behind
            s.inTransaction(c -> {
                try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM day_volumes WHERE documents <= 0")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isZero();
                }
                return null;
            });
        }
        assertThat(check().status()).isEqualTo("ok");
    }

    /** Counts, counts per language and per series from the kept volumes equal those of the listed documents. */
    private static void countsEqualTheList(SqliteStore s) {
        for (DocumentFilter f : FILTERS) {
            var listed = s.infos(f);
            assertThat(s.count(f)).as(f.toString()).isEqualTo(listed.size());
            Map<Language, Integer> perLanguage = new java.util.EnumMap<>(Language.class);
            Map<String, Long> perSeries = new java.util.TreeMap<>();
            for (var d : listed) {
                perLanguage.merge(d.meta().language(), 1, Integer::sum);
                perSeries.merge(d.meta().series() == null ? Catalog.NO_SERIES : d.meta().series(), 1L, Long::sum);
            }
            assertThat(s.countByLanguage(f)).as(f.toString()).isEqualTo(perLanguage);
            assertThat(new Catalog(s).perSeries(f)).as(f.toString()).isEqualTo(perSeries);
        }
        var years = s.infos(DocumentFilter.all()).stream().map(d -> d.meta().year()).filter(java.util.Objects::nonNull).sorted().toList();
        assertThat(new Catalog(s).years()).containsExactly(years.get(0), years.get(years.size() - 1));
    }

    @Test
    void verifyFindsVolumesThatNoLongerEqualTheDocuments() throws Exception {
        try (SqliteStore s = SqliteStore.open(dir)) {
            s.saveAll(mixed());
            s.inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("UPDATE day_volumes SET size = size + 1 WHERE day = '2024-01-03' AND kind = 'news'");
                }
                return null;
            });
        }
        StoreVerifier.CheckResult r = check();
        assertThat(r.damaged()).isTrue();
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.where()).startsWith("2024-01-03 zh news xwlb"));
    }

    private StoreVerifier.CheckResult check() {
        return new StoreVerifier(List.of()).verify(dir).checks().stream().filter(c -> c.name().equals("day volumes")).findFirst().orElseThrow();
    }
}
