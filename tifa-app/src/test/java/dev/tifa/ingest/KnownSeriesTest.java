package dev.tifa.ingest;

import dev.tifa.model.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KnownSeriesTest {

    @ParameterizedTest
    @CsvSource({"一,1", "九,9", "十,10", "十四,14", "二十,20", "二十一,21", "九十九,99", "19,19", "百,-1", "十十,-1", "'',-1"})
    void chineseNumerals(String text, int value) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"1,1,1954", "1,5,1958", "2,2,1960", "2,3,1962", "3,1,1964", "4,1,1975", "5,1,1978", "6,1,1983",
            "13,5,2022", "14,1,2023", "14,3,2025"})
    void npcSessionYears(int npc, int session, int year) {
        assertThat(SessionCalendar.npcSessionYear(npc, session)).isEqualTo(year);
    }

    @ParameterizedTest
    @CsvSource({"1,1921", "4,1925", "7,1945", "8,1956", "9,1969", "12,1982", "19,2017", "20,2022"})
    void congressYears(int congress, int year) {
        assertThat(SessionCalendar.congressYear(congress)).isEqualTo(year);
    }

    @Test
    void unknownCongressesHaveNoYearOrDate() {
        assertThat(SessionCalendar.congressYear(21)).isNull();
        assertThat(SessionCalendar.congressOpening(11)).isNull();
        assertThat(SessionCalendar.congressOpening(20)).hasToString("2022-10-16");
    }

    @Test
    void congressFromTitle() {
        assertThat(KnownSeries.congressFromTitle("某报告 (十九大)")).isEqualTo(19);
        assertThat(KnownSeries.congressFromTitle("某报告（二十大）")).isEqualTo(20);
        assertThat(KnownSeries.congressFromTitle("在中国共产党第十一次全国代表大会上的政治报告")).isEqualTo(11);
        assertThat(KnownSeries.congressFromTitle("无关的标题")).isEqualTo(-1);
    }

    @Test
    void otherNpcResolutionsAreResolutionsWithoutTheWorkReportSeries() {
        MetaDraft draft = new MetaDraft();
        KnownSeries.recognise("第十四届全国人民代表大会第二次会议关于虚构事项的决议", null, null, draft);

        assertThat(draft.kind).isEqualTo(Kind.RESOLUTION);
        assertThat(draft.series).isNull();
        assertThat(draft.year).isEqualTo(2024);
        assertThat(draft.attributes).containsEntry("npc", "14-2");
    }
}
