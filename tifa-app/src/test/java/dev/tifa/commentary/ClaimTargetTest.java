package dev.tifa.commentary;

import dev.tifa.SharedCorpora;
import dev.tifa.analysis.claims.CountBasis;
import dev.tifa.analysis.claims.Verdict;
import dev.tifa.app.ImportService;
import dev.tifa.app.SeriesNeighbours;
import dev.tifa.app.Workspace;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import dev.tifa.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9 items 12–14: the text a claim names, claims naming no text, translations only of the same text, broader and
 * narrower formulations, the predecessor of the same kind of text. Invented plenum texts (cc 24 and 25).
 */
class ClaimTargetTest {
    @TempDir Path data;

    private static RawDocument doc(String title, LocalDate date, Kind kind, Language lang, String text, Map<String, String> attrs) {
        return new RawDocument(new DocumentMeta(title, date, null, "third-plenum", kind, lang, "test", attrs), text, CleaningProfile.PLAIN);
    }

    private static final LocalDate D2031 = LocalDate.of(2031, 7, 18);

    private List<Store.Saved> fixture(Workspace ws) {
        return ws.store().saveAll(List.of(
                // 0: the 2026 communiqué (cc 24): 安全 twice
                ImportService.prepare(doc("虚构二十四届三中全会公报", LocalDate.of(2026, 11, 1), Kind.OFFICIAL, Language.ZH,
                        "全会强调安全。全会要求守住安全底线。", Map.of("doc-type", "communique", "cc", "24", "plenum", "3")), ImportService.Simplify.NEVER),
                // 1: a 2028 decision of the series, a different kind of text
                ImportService.prepare(doc("虚构决定", LocalDate.of(2028, 3, 1), Kind.OFFICIAL, Language.ZH,
                        "决定提出安全和改革。", Map.of("doc-type", "decision", "cc", "24", "plenum", "5")), ImportService.Simplify.NEVER),
                // 2: the 2031 communiqué (cc 25): 安全 once, 改革 three times, all in 全面深化改革
                ImportService.prepare(doc("虚构二十五届三中全会公报", D2031, Kind.OFFICIAL, Language.ZH,
                        "全会强调全面深化改革，推进全面深化改革，落实全面深化改革。全会重视安全。", Map.of("doc-type", "communique", "cc", "25", "plenum", "3")),
                        ImportService.Simplify.NEVER),
                // 3: the 2031 decision: 安全 four times
                ImportService.prepare(doc("虚构二十五届三中全会决定", D2031, Kind.OFFICIAL, Language.ZH,
                        "决定指出：安全是前提，安全是底线，统筹安全，保障安全。改革。", Map.of("doc-type", "decision", "cc", "25", "plenum", "3")),
                        ImportService.Simplify.NEVER),
                // 4: a Chinese commentary on the 2031 plenum
                ImportService.prepare(doc("虚构评论", D2031, Kind.COMMENTARY, Language.ZH,
                        "二十四届三中全会公报中安全只出现了2次。安全出现了4次。公报中安全出现了4次。\"全面深化改革\"共出现3次。",
                        Map.of()), ImportService.Simplify.NEVER),
                // 5: an English commentary
                ImportService.prepare(doc("Invented note", D2031, Kind.COMMENTARY, Language.EN,
                        "The communiqué mentions reform 3 times. It mentions deepening reform only twice.", Map.of()), ImportService.Simplify.NEVER)));
    }

    @Test
    void claimsAreCheckedAgainstTheTextTheyName() {
        try (Workspace ws = Workspace.open(data)) {
            var saved = fixture(ws);
            EventService events = new EventService(ws);
            events.create("3p-2031", "Invented plenum", D2031);
            events.add("3p-2031", List.of(saved.get(2).document().key(), saved.get(3).document().key(), saved.get(4).document().key(),
                    saved.get(5).document().key()), null);
            var checks = new ClaimService(ws).check(saved.get(4).document().key(), List.of(), null).checks();
            assertThat(checks).extracting(c -> c.claim().phrase()).containsExactly("安全", "安全", "安全", "全面深化改革");

            // 1: names the cc-24 plenum: the 2026 communiqué, although the event is 2031's
            assertThat(checks.get(0).target().key()).isEqualTo(saved.get(0).document().key());
            assertThat(checks.get(0).verdict()).isEqualTo(Verdict.CONFIRMED);

            // 2: names no text: each official text of the event is tried; the Decision bears it out
            assertThat(checks.get(1).verdict()).isEqualTo(Verdict.CONFIRMED);
            assertThat(checks.get(1).target().key()).isEqualTo(saved.get(3).document().key());
            assertThat(checks.get(1).counts()).anyMatch(b -> b.way() == CountBasis.Way.OTHER_TEXT && b.count() == 1);

            // 3: names the communiqué: the Decision is not "another translation" of it
            assertThat(checks.get(2).verdict()).isEqualTo(Verdict.OFF);
            assertThat(checks.get(2).target().key()).isEqualTo(saved.get(2).document().key());
            assertThat(checks.get(2).counts()).noneMatch(b -> b.way() == CountBasis.Way.OTHER_TRANSLATION);
            assertThat(checks.get(2).judgement().reasons()).noneMatch(r -> r.contains("translation"));

            // 4: ASCII quotes, and the way of counting with its breakdown by compound
            assertThat(checks.get(3).verdict()).isEqualTo(Verdict.CONFIRMED);
            assertThat(checks.get(3).counts()).anyMatch(b -> b.way() == CountBasis.Way.BROADER && b.label().startsWith("reform (改革)")
                    && b.label().contains("3 in 全面深化改革") && b.count() == 3);
        }
    }

    @Test
    void englishClaimOnAChineseTextTriesTheNarrowerAndBroaderFormulations() {
        try (Workspace ws = Workspace.open(data)) {
            var saved = fixture(ws);
            EventService events = new EventService(ws);
            events.create("3p-2031", "Invented plenum", D2031);
            events.add("3p-2031", List.of(saved.get(2).document().key(), saved.get(5).document().key()), null);
            var checks = new ClaimService(ws).check(saved.get(5).document().key(), List.of(), Language.ZH).checks();
            assertThat(checks).extracting(c -> c.claim().phrase()).containsExactly("reform", "deepening reform");
            // "reform" = 改革, 3 times, all inside 全面深化改革: confirmed, with the breakdown
            assertThat(checks.get(0).concept().id()).isEqualTo("reform");
            assertThat(checks.get(0).verdict()).isEqualTo(Verdict.CONFIRMED);
            assertThat(checks.get(0).counts().get(0).label()).contains("[0 standalone + 3 in 全面深化改革]");
            assertThat(checks.get(0).counts()).anyMatch(b -> b.way() == CountBasis.Way.NARROWER
                    && b.label().startsWith("comprehensively-deepening-reform (全面深化改革)") && b.count() == 3);
        }
    }

    @Test
    void predecessorIsTheSameKindOfText() {
        try (Workspace ws = Workspace.open(data)) {
            var saved = fixture(ws);
            var neighbours = new SeriesNeighbours(ws);
            // the 2031 communiqué's predecessor is the 2026 communiqué, not the later 2028 decision
            assertThat(neighbours.predecessor(saved.get(2).document())).map(d -> d.key()).contains(saved.get(0).document().key());
            // the 2031 decision's is the 2028 decision
            assertThat(neighbours.predecessor(saved.get(3).document())).map(d -> d.key()).contains(saved.get(1).document().key());
            // the 2028 decision has no earlier decision: none, rather than a communiqué
            assertThat(neighbours.predecessor(saved.get(1).document())).isEmpty();
        }
    }

    @Test
    void realCorpusClaimNamingThe18thPlenumIsCheckedAgainstThe2013Communique() throws Exception {
        Path corpora = SharedCorpora.require();
        Path plenum = corpora.resolve("third-plenum-zh");
        try (Workspace ws = Workspace.open(data)) {
            var report = new ImportService(ws).importPaths(List.of(plenum), ImportOptions.none(), ImportService.OnError.ABORT,
                    ImportService.Simplify.AUTO, x -> { });
            assertThat(report.problems()).isEmpty();
            Path note = data.resolve("note.txt");
            Files.writeString(note, "---\ntitle: 虚构评论\nkind: commentary\ndate: 2024-07-20\n---\n十八届三中全会公报中安全只出现了6次。\n");
            new ImportService(ws).importPaths(List.of(note), ImportOptions.none(), ImportService.OnError.ABORT, ImportService.Simplify.AUTO, x -> { });
            String commentary = ws.store().documents(dev.tifa.store.DocumentFilter.all()).stream()
                    .filter(d -> d.meta().kind() == Kind.COMMENTARY).findFirst().orElseThrow().key();
            EventService events = new EventService(ws);
            events.create("3p-2024", "Third plenum 2024", LocalDate.of(2024, 7, 18));
            events.add("3p-2024", List.of("3p-2024-communique", "3p-2024-decision", commentary), null);
            var check = new ClaimService(ws).check(commentary, List.of(), null).checks().get(0);
            assertThat(check.target().key()).isEqualTo("3p-2013-communique");
        }
    }
}
