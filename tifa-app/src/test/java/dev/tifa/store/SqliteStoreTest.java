package dev.tifa.store;

import dev.tifa.model.CleaningProfile;
import dev.tifa.model.CleaningSpec;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteStoreTest {
    @TempDir
    Path dir;

    private static NewDocument doc(String title, int year, String series, Kind kind, Language lang, String text) {
        var meta = new DocumentMeta(title, null, year, series, kind, lang, "test:" + title, Map.of("edition", "test"));
        return new NewDocument(meta, text, text, new CleaningSpec(CleaningProfile.PLAIN, false));
    }

    @Test
    void storesDocumentsWithReadableUniqueKeysAndFindsThemAgain() {
        try (SqliteStore s = SqliteStore.open(dir)) {
            var saved = s.saveAll(List.of(
                    doc("报告一", 2024, "gov-work-report", Kind.OFFICIAL, Language.ZH, "甲"),
                    doc("Report one", 2024, "gov-work-report", Kind.OFFICIAL, Language.EN, "a"),
                    doc("报告一（另一版）", 2024, "gov-work-report", Kind.OFFICIAL, Language.ZH, "乙"),
                    doc("Beijing doubles down", 2024, null, Kind.COMMENTARY, Language.EN, "b")));
            assertThat(saved).extracting(x -> x.document().key())
                    .containsExactly("gwr-2024-test", "gwr-2024-en", "gwr-2024-test-2", "commentary-2024-beijing-doubles-down");
        }
        try (SqliteStore s = SqliteStore.open(dir)) {
            assertThat(s.count()).isEqualTo(4);
            var d = s.document("gwr-2024-en").orElseThrow();
            assertThat(d.meta().language()).isEqualTo(Language.EN);
            assertThat(d.meta().attributes()).containsEntry("edition", "test");
            assertThat(s.document(Long.toString(d.id()))).contains(d);
            assertThat(s.documents(DocumentFilter.all().withSeries("gov-work-report"))).hasSize(3);
        }
    }

    @Test
    void reimportingTheSameTextIsANoOp() {
        try (SqliteStore s = SqliteStore.open(dir)) {
            s.saveAll(List.of(doc("A", 2020, "x", Kind.OFFICIAL, Language.ZH, "同一文本")));
            var again = s.saveAll(List.of(doc("A again", 2021, "x", Kind.OFFICIAL, Language.ZH, "同一文本")));
            assertThat(again.get(0).alreadyStored()).isTrue();
            assertThat(again.get(0).document().meta().title()).isEqualTo("A");
            assertThat(s.count()).isEqualTo(1);
        }
    }

    @Test
    void aFailedImportLeavesTheStoreAsItWas() {
        try (SqliteStore s = SqliteStore.open(dir)) {
            s.saveAll(List.of(doc("kept", 2020, "x", Kind.OFFICIAL, Language.ZH, "已存")));
            NewDocument broken = new NewDocument(doc("broken", 2021, "x", Kind.OFFICIAL, Language.ZH, "坏").meta(), "坏", null,
                    new CleaningSpec(CleaningProfile.PLAIN, false));
            assertThatThrownBy(() -> s.saveAll(List.of(doc("new", 2021, "x", Kind.OFFICIAL, Language.ZH, "新"), broken)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("nothing was changed");
            assertThat(s.documents(DocumentFilter.all())).extracting(d -> d.meta().title()).containsExactly("kept");
        }
    }
}
