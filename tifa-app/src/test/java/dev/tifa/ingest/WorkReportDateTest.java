package dev.tifa.ingest;

import dev.tifa.analysis.Trend;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.CleaningSpec;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9 item 7: Government Work Reports get the day they were delivered, so they sort right among dated texts. */
class WorkReportDateTest {
    private static MetaDraft report(int year) {
        MetaDraft d = new MetaDraft();
        d.series = KnownSeries.GOV_WORK_REPORT;
        d.kind = Kind.OFFICIAL;
        d.year = year;
        return d;
    }

    @Test
    void theDateTheTextStatesWins() {
        MetaDraft d = report(2031);
        KnownSeries.workReportDate("政府工作报告\n——２０３１年３月６日在第十九届全国人民代表大会第二次会议上\n各位代表：", d);
        assertThat(d.date).isEqualTo(LocalDate.of(2031, 3, 6));
        assertThat(d.attributes).containsEntry("date-source", "text");

        MetaDraft old = report(1957);
        KnownSeries.workReportDate("政府工作报告\n1957年6月26日在第一届全国人民代表大会第四次会议上\n各位代表：", old);
        assertThat(old.date).isEqualTo(LocalDate.of(1957, 6, 26));
    }

    @Test
    void elseTheNpcSessionsOpeningDay() {
        MetaDraft d = report(1982);
        KnownSeries.workReportDate("各位代表：现在，我代表国务院作报告。一九八○年的情况……", d);
        assertThat(d.date).isEqualTo(LocalDate.of(1982, 11, 26));
        assertThat(d.attributes).containsEntry("date-source", "npc-session");
        MetaDraft wrongYear = report(2019);
        KnownSeries.workReportDate("——2018年3月5日 回顾", wrongYear);
        assertThat(wrongYear.date).isEqualTo(LocalDate.of(2019, 3, 5));
        assertThat(wrongYear.attributes).containsEntry("date-source", "npc-session");
    }

    @Test
    void aStatedDateOrSeriesOtherThanWorkReportsIsLeftAlone() {
        MetaDraft given = report(1982);
        given.date = LocalDate.of(1982, 12, 1);
        KnownSeries.workReportDate("——1982年11月30日", given);
        assertThat(given.date).isEqualTo(LocalDate.of(1982, 12, 1));
        MetaDraft other = report(1982);
        other.series = "party-congress";
        KnownSeries.workReportDate("——1982年11月30日", other);
        assertThat(other.date).isNull();
    }

    private static Document doc(long id, String key, LocalDate date, Integer year, Language lang) {
        DocumentMeta m = new DocumentMeta(key, date, year, "s", Kind.OFFICIAL, lang, "test", Map.of());
        return new Document(id, key, m, "x", "x", "", new CleaningSpec(CleaningProfile.PLAIN, false));
    }

    @Test
    void sameDateDocumentsSortInAStatedStableOrder() {
        LocalDate day = LocalDate.of(2031, 7, 18);
        List<Document> docs = new ArrayList<>(List.of(doc(1, "b-en", day, 2031, Language.EN), doc(2, "z", day, 2031, Language.ZH),
                doc(3, "a", day, 2031, Language.ZH), doc(4, "y", null, 2031, Language.ZH), doc(5, "early", LocalDate.of(2031, 3, 1), 2031, Language.EN)));
        docs.sort(Trend.CHRONOLOGICAL);
        assertThat(docs).extracting(Document::key).containsExactly("early", "y", "a", "z", "b-en");
    }

    @Test
    void realReportsAreDatedAndSortAfterTheCongressOf1982() {
        var corpora = dev.tifa.SharedCorpora.require();
        List<DocumentMeta> reports = Fixtures.read(corpora.resolve("wikisource-zh/government_work_reports.jsonl")).stream()
                .map(i -> i.document().meta()).filter(m -> m.kind() == Kind.OFFICIAL).toList();
        assertThat(reports).allMatch(m -> m.date() != null && m.date().getYear() == m.year(), "every report dated, in its year");
        DocumentMeta r2024 = reports.stream().filter(m -> m.year() == 2024).findFirst().orElseThrow();
        assertThat(r2024.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(r2024.attributes()).containsEntry("date-source", "text");
        DocumentMeta r1982 = reports.stream().filter(m -> m.year() == 1982).findFirst().orElseThrow();
        assertThat(r1982.date()).isAfter(LocalDate.of(1982, 9, 1)); // pc-12 opened on 1 September 1982
    }
}
