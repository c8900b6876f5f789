package dev.tifa.app;

import dev.tifa.analysis.parallel.AlignedPair;
import dev.tifa.analysis.parallel.Marking;
import dev.tifa.analysis.parallel.OneSided;
import dev.tifa.analysis.parallel.PairHits;
import dev.tifa.analysis.parallel.ParallelCheck;
import dev.tifa.analysis.parallel.ParallelReport;
import dev.tifa.analysis.parallel.Suggestion;
import dev.tifa.analysis.parallel.TranslationDrift;
import dev.tifa.glossary.Glossary;
import dev.tifa.ingest.AlignedPairsFile;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.Cleaner;
import dev.tifa.text.match.MatchOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The glossary checked on aligned zh–en pairs, for the CLI and the web. Pairs come from aligned-pairs files: named
 * directly, found in a named folder, or found through stored aligned-pairs documents (the file their {@code source}
 * names, re-read, since the store keeps one side per document). Both sentences are cleaned like an imported plain
 * text before matching.
 */
public final class ParallelService {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d{2}|20\\d{2})(?!\\d)");
    private static final String ALIGNED = "aligned-pairs";

    /** What was read: the pairs, the files they came from, rows skipped. */
    public record Pairs(List<AlignedPair> pairs, List<Path> files, List<String> problems) {
    }

    /** One pair as a page shows it: both sentences cut into hits and text, and whether the sides differ. */
    public record PairView(String id, String edition, boolean oneSided, boolean shifted,
                           List<Marking.Segment> zh, List<Marking.Segment> en) {
    }

    /** Everything the parallel pairs say about one concept: its line, drift, its pairs side by side, suggestions. */
    public record ConceptView(Concept concept, ParallelRow row, List<TranslationDrift.Row> drift, List<PairView> pairs,
                              int pairsTotal, List<Suggestion> suggestions) {
    }

    /** The last check made, kept for the web's repeated requests: same glossary, options and pairs give the same report. */
    private record Checked(Glossary glossary, MatchOptions options, ParallelCheck check, List<AlignedPair> pairs,
                           boolean keepPartial, ParallelReport report) {
    }

    private final Workspace workspace;
    private volatile Checked last;

    public ParallelService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The check with the pairs the aligner damaged left out (docs/parallel.md, "Partial pairs"). */
    public ParallelReport check(Pairs pairs, MatchOptions options) {
        return check(pairs, options, false);
    }

    /** The check; {@code keepPartial} counts the pairs the aligner damaged too. */
    public ParallelReport check(Pairs pairs, MatchOptions options, boolean keepPartial) {
        return checked(pairs.pairs(), options, keepPartial).report();
    }

    private Checked checked(List<AlignedPair> pairs, MatchOptions options, boolean keepPartial) {
        Checked c = last;
        Glossary g = workspace.glossary();
        if (c != null && c.glossary() == g && c.options().equals(options) && c.pairs().equals(pairs) && c.keepPartial() == keepPartial) {
            return c;
        }
        ParallelCheck check = checker(options);
        c = new Checked(g, options, check, pairs, keepPartial, check.check(pairs, keepPartial));
        last = c;
        return c;
    }

    /** The compiled check for the glossary in force: the last one's when glossary and options are the same. */
    private ParallelCheck checker(MatchOptions options) {
        Checked c = last;
        Glossary g = workspace.glossary();
        return c != null && c.glossary() == g && c.options().equals(options) ? c.check() : new ParallelCheck(g, options);
    }

    /** Renderings of {@code concept} for {@code side} (null: the side with fewer hits), best first. */
    public List<Suggestion> suggest(ParallelReport report, Concept concept, Language side, int limit) {
        Language lacking = side != null ? side : report.concept(concept.id())
                .map(a -> a.zh() >= a.en() ? Language.EN : Language.ZH).orElse(Language.EN);
        return checker(MatchOptions.defaults()).suggestions(report, concept.id(), lacking, limit);
    }

    /** Takes a suggestion into the user glossary, as {@code tifa glossary add} would. */
    public Concept accept(Suggestion s) {
        return new GlossaryEditor(workspace).addForm(s.conceptId(), s.language(), s.phrase());
    }

    /** The concept's view, with at most {@code limit} pairs (one-sided ones first) and five suggestions. */
    public ConceptView view(ParallelReport report, Concept concept, int limit) {
        List<PairHits> hits = report.hits().getOrDefault(concept.id(), List.of());
        var agreement = report.concept(concept.id());
        java.util.Map<String, OneSided> oneSided = new java.util.HashMap<>();
        agreement.ifPresent(a -> a.oneSided().forEach(o -> oneSided.put(o.hits().pair().id(), o)));
        List<PairView> pairs = hits.stream()
                .sorted(java.util.Comparator.comparing((PairHits h) -> !oneSided.containsKey(h.pair().id())))
                .limit(limit)
                .map(h -> new PairView(h.pair().id(), h.pair().edition(), oneSided.containsKey(h.pair().id()),
                        oneSided.containsKey(h.pair().id()) && oneSided.get(h.pair().id()).shifted(),
                        Marking.segments(h.pair().zh(), h.zh()), Marking.segments(h.pair().en(), h.en())))
                .toList();
        return new ConceptView(concept, agreement.map(ParallelRow::of).orElse(null), drift(report, concept), pairs,
                hits.size(), agreement.isPresent() ? suggest(report, concept, null, 5) : List.of());
    }

    public List<TranslationDrift.Row> drift(ParallelReport report, Concept concept) {
        return TranslationDrift.of(report.hits().getOrDefault(concept.id(), List.of()));
    }

    /**
     * The pairs of {@code sources}: {@code .tsv} files, folders of them, or keys of stored aligned-pairs documents;
     * none means every stored aligned-pairs document.
     */
    public Pairs read(List<String> sources) {
        Set<Path> files = new LinkedHashSet<>();
        if (sources == null || sources.isEmpty()) {
            for (Document d : workspace.store().documents(DocumentFilter.all())) {
                if (ALIGNED.equals(d.meta().attributes().get("edition"))) files.add(storedSource(d));
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no aligned-pairs documents stored: import a .tsv of aligned pairs, "
                        + "or name the .tsv files");
            }
        }
        for (String s : sources == null ? List.<String>of() : sources) files.addAll(files(s));
        List<AlignedPair> pairs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Cleaner cleaner = Cleaner.forProfile(CleaningProfile.PLAIN, false);
        for (Path f : files) {
            AlignedPairsFile.Pairs read = AlignedPairsFile.read(f);
            problems.addAll(read.problems());
            String edition = edition(f);
            List<AlignedPairsFile.Row> rows = read.rows();
            for (int row = 0; row < rows.size(); row++) {
                AlignedPairsFile.Row r = rows.get(row);
                pairs.add(new AlignedPair(edition + ":" + r.pairId(), edition, row,
                        cleaner.clean(r.zh().strip()).text(), cleaner.clean(r.en().strip()).text(), besideDropped(rows, row)));
            }
        }
        return new Pairs(pairs, List.copyOf(files), problems);
    }

    /**
     * True when the pair ids are numbers and the one before or after this row's is missing: the aligner dropped a pair
     * next to it (the shared pairs files keep their ids with gaps).
     */
    static boolean besideDropped(List<AlignedPairsFile.Row> rows, int row) {
        Long id = number(rows.get(row).pairId());
        if (id == null) return false;
        Long before = row > 0 ? number(rows.get(row - 1).pairId()) : null;
        Long after = row + 1 < rows.size() ? number(rows.get(row + 1).pairId()) : null;
        return before != null && id - before > 1 || after != null && after - id > 1;
    }

    private static Long number(String pairId) {
        try {
            return Long.parseLong(pairId.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<Path> files(String source) {
        Path p = Path.of(source);
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.list(p)) {
                List<Path> tsv = s.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")).sorted().toList();
                if (tsv.isEmpty()) throw new IllegalArgumentException(source + ": no .tsv files in this folder");
                return tsv;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + source + ": " + e.getMessage(), e);
            }
        }
        if (Files.isRegularFile(p) || source.toLowerCase(Locale.ROOT).endsWith(".tsv")) return List.of(p);
        Document d = workspace.store().document(source)
                .orElseThrow(() -> new IllegalArgumentException("'" + source + "' is neither a stored document nor a file"));
        if (!ALIGNED.equals(d.meta().attributes().get("edition"))) {
            throw new IllegalArgumentException(d.key() + ": not an aligned-pairs document (import a .tsv of aligned pairs)");
        }
        return List.of(storedSource(d));
    }

    private static Path storedSource(Document d) {
        Path p = d.meta().source() == null ? null : Path.of(d.meta().source());
        if (p == null || !Files.isRegularFile(p)) {
            throw new IllegalArgumentException(d.key() + ": its aligned-pairs file " + d.meta().source()
                    + " is not there any more (the check reads both sides from it): name the .tsv file instead");
        }
        return p.toAbsolutePath().normalize();
    }

    /** The edition a file holds: the year in its name, else its name. */
    static String edition(Path file) {
        String name = file.getFileName().toString();
        Matcher m = YEAR.matcher(name);
        return m.find() ? m.group(1) : name.replaceFirst("\\.[^.]*$", "");
    }
}
