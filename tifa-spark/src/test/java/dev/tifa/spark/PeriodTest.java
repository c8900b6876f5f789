package dev.tifa.spark;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {
    @Test
    void labelsEachUnit() {
        LocalDate d = LocalDate.of(2024, 7, 18);
        assertThat(Period.DAY.label(d, 2024)).isEqualTo("2024-07-18");
        assertThat(Period.WEEK.label(d, 2024)).isEqualTo("2024-W29");
        assertThat(Period.MONTH.label(d, 2024)).isEqualTo("2024-07");
        assertThat(Period.YEAR.label(d, 2024)).isEqualTo("2024");
    }

    @Test
    void isoWeeksBelongToTheYearOfTheirThursday() {
        assertThat(Period.WEEK.label(LocalDate.of(2021, 1, 3), 2021)).isEqualTo("2020-W53");
        assertThat(Period.WEEK.label(LocalDate.of(2024, 12, 30), 2024)).isEqualTo("2025-W01");
    }

    @Test
    void aDocumentWithOnlyAYearHasAYearButNoDayWeekOrMonth() {
        assertThat(Period.YEAR.label(null, 1954)).isEqualTo("1954");
        assertThat(Period.MONTH.label(null, 1954)).isNull();
        assertThat(Period.DAY.label(null, null)).isNull();
        assertThat(Period.YEAR.label(null, null)).isNull();
    }

    @Test
    void unknownUnitsAreNamed() {
        assertThat(Period.parse(" Month ")).isEqualTo(Period.MONTH);
        assertThatThrownBy(() -> Period.parse("decade")).hasMessageContaining("unknown period 'decade'");
    }
}
