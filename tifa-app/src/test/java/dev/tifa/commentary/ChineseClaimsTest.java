package dev.tifa.commentary;

import dev.tifa.analysis.claims.CountBasis;
import dev.tifa.analysis.claims.Verdict;
import dev.tifa.app.ImportService;
import dev.tifa.app.Workspace;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Chinese claims against an invented Chinese communiqué, and an English claim that matches the Chinese count. */
class ChineseClaimsTest {
    @TempDir java.nio.file.Path data;

    private static RawDocument doc(String title, Kind kind, Language lang, String text, Map<String, String> attrs) {
        return new RawDocument(new DocumentMeta(title, LocalDate.of(2031, 7, 18), null, "third-plenum", kind, lang, "test", attrs),
                text, CleaningProfile.PLAIN);
    }

    @Test
    void nestedCountsAndTheOtherLanguage() {
        try (Workspace ws = Workspace.open(data)) {
            var saved = ws.store().saveAll(List.of(
                    ImportService.prepare(doc("虚构全会公报", Kind.OFFICIAL, Language.ZH,
                            "全会提出推进高水平对外开放，坚持对外开放，扩大对外开放。全会强调统筹发展和安全。", Map.of("doc-type", "communique")), ImportService.Simplify.NEVER),
                    ImportService.prepare(doc("Invented communiqué", Kind.OFFICIAL, Language.EN,
                            "The plenum called for high-level opening up and stressed security.", Map.of("doc-type", "communique")), ImportService.Simplify.NEVER),
                    ImportService.prepare(doc("虚构评论", Kind.COMMENTARY, Language.ZH,
                            "公报中对外开放出现两次。安全一词出现了一次。“共同富裕”出现三次。公报数十次提到改革。", Map.of()), ImportService.Simplify.NEVER),
                    ImportService.prepare(doc("Invented note", Kind.COMMENTARY, Language.EN,
                            "The communiqué mentioned opening up three times.", Map.of()), ImportService.Simplify.NEVER)));
            EventService events = new EventService(ws);
            events.create("3p-2031", "Invented plenum", null);
            events.add("3p-2031", saved.stream().map(s -> s.document().key()).toList(), null);

            ClaimService claims = new ClaimService(ws);
            var zh = claims.check(saved.get(2).document().key(), List.of(), null).checks();
            assertThat(zh).extracting(c -> c.claim().phrase()).containsExactly("对外开放", "安全", "共同富裕", "改革");
            assertThat(zh.get(0).verdict()).isEqualTo(Verdict.OFF);
            assertThat(zh.get(0).judgement().counted()).isEqualTo(3);
            assertThat(zh.get(0).judgement().reasons()).anyMatch(r -> r.startsWith("counting only standalone occurrences"));
            assertThat(zh.get(1).verdict()).isEqualTo(Verdict.CONFIRMED);
            assertThat(zh.get(2).verdict()).isEqualTo(Verdict.NOT_FOUND);
            assertThat(zh.get(3).verdict()).isEqualTo(Verdict.UNCHECKABLE);

            var en = claims.check(saved.get(3).document().key(), List.of(), null).checks();
            assertThat(en).hasSize(1);
            assertThat(en.get(0).verdict()).isEqualTo(Verdict.OFF);
            assertThat(en.get(0).counts()).anyMatch(b -> b.way() == CountBasis.Way.OTHER_LANGUAGE && b.count() == 3);
            assertThat(en.get(0).judgement().reasons()).anyMatch(r -> r.contains("other language"));

            var lang = claims.check(saved.get(3).document().key(), List.of(), Language.ZH).checks();
            assertThat(lang.get(0).target().meta().language()).isEqualTo(Language.ZH);

            var none = claims.check(saved.get(3).document().key(), List.of(saved.get(2).document().key()), null).checks();
            assertThat(none.get(0).verdict()).isEqualTo(Verdict.UNCHECKABLE);
        }
    }
}
