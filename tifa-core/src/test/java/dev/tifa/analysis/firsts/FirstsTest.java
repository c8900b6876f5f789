package dev.tifa.analysis.firsts;

import dev.tifa.analysis.Docs;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FirstsTest {
    private static final Concept GREEN = new Concept("green", List.of("绿水青山"), List.of(), List.of(), "");

    @Test
    void firstLastAndGapsPerSeries() {
        List<Document> docs = List.of(
                Docs.of("r2019", 2019, "report", Language.ZH, "没有。"),
                Docs.of("r2020", 2020, "report", Language.ZH, "保护绿水青山。"),
                Docs.of("r2021", 2021, "report", Language.ZH, "没有。"),
                Docs.of("r2022", 2022, "report", Language.ZH, "也没有。"),
                Docs.of("r2023", 2023, "report", Language.ZH, "又见绿水青山。"),
                Docs.of("r2024", 2024, "report", Language.ZH, "还是绿水青山。"),
                Docs.of("p2018", 2018, "plenum", Language.ZH, "没有。"),
                Docs.of("p2022", 2022, "plenum", Language.ZH, "绿水青山就是金山银山。"),
                // an English document cannot contain a Chinese-only concept: it must not open a gap
                Docs.of("r2022-en", 2022, "report", Language.EN, "Lucid waters and lush mountains."));
        FirstAppearance f = Firsts.defaults().of(GREEN, docs);
        assertThat(f.first().key()).isEqualTo("r2020");
        assertThat(f.last().key()).isEqualTo("r2024");
        assertThat(f.firstInSeries()).containsOnlyKeys("report", "plenum");
        assertThat(f.firstInSeries().get("plenum").key()).isEqualTo("p2022");
        assertThat(f.gaps()).hasSize(1);
        Gap g = f.gaps().get(0);
        assertThat(g.series()).isEqualTo("report");
        assertThat(g.after().key()).isEqualTo("r2020");
        assertThat(g.backIn().key()).isEqualTo("r2023");
        assertThat(g.missedCount()).isEqualTo(2);
        assertThat(f.documents()).isEqualTo(8);
        assertThat(f.present()).isEqualTo(4);
    }

    @Test
    void minGapAndNeverFound() {
        List<Document> docs = List.of(
                Docs.zh("a", 2001, "绿水青山。"), Docs.zh("b", 2002, "无。"), Docs.zh("c", 2003, "绿水青山。"));
        assertThat(new Firsts(dev.tifa.text.match.MatchOptions.defaults(), 2).of(GREEN, docs).gaps()).isEmpty();
        FirstAppearance none = Firsts.defaults().of(Concept.adHoc("金山银山"), docs);
        assertThat(none.found()).isFalse();
        assertThat(none.last()).isNull();
        assertThat(none.gaps()).isEmpty();
    }

    @Test
    void aTranslationIsNotAMemberOfItsOriginalsSeries() {
        Concept open = new Concept("opening-up", List.of("对外开放"), List.of("opening up"), List.of(), "");
        List<Document> docs = List.of(
                Docs.of("r2020", 2020, "report", Language.ZH, "扩大对外开放。"),
                Docs.of("r2021-en", 2021, "report", Language.EN, "Nothing on it."),
                Docs.of("r2021", 2021, "report", Language.ZH, "坚持对外开放。"),
                Docs.of("r2022-en", 2022, "report", Language.EN, "More opening up."));
        FirstAppearance f = Firsts.defaults().of(open, docs);
        assertThat(f.gaps()).as("the 2021 translation does not interrupt the Chinese series").isEmpty();
        assertThat(f.firstInSeries()).containsOnlyKeys("report", "report (en)");
        assertThat(f.firstInSeries().get("report (en)").key()).isEqualTo("r2022-en");
    }
}
