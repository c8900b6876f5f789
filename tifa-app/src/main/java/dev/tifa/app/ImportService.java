package dev.tifa.app;

import com.hankcs.hanlp.HanLP;
import dev.tifa.ingest.DocumentSources;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.ingest.ReadLimits;
import dev.tifa.ingest.SourceItem;
import dev.tifa.model.CleaningSpec;
import dev.tifa.model.Language;
import dev.tifa.model.RawDocument;
import dev.tifa.store.CleanHashes;
import dev.tifa.store.DiskFull;
import dev.tifa.store.NewDocument;
import dev.tifa.store.Store;
import dev.tifa.text.CleanText;
import dev.tifa.text.Cleaner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads, cleans, tallies and stores documents, as a stream: one thread reads, the cores clean and count, one writer
 * stores batches in input order ({@link ImportPipeline}). Memory stays bounded whatever the size of the input.
 * With {@link OnError#SKIP} problems are reported and every good document is stored, a batch per transaction
 * (documents stored before an interruption stay stored); with {@link OnError#ABORT} the whole run is one
 * transaction, so a single problem leaves the store exactly as it was.
 */
public final class ImportService {
    public enum OnError { SKIP, ABORT }

    /** When to convert traditional characters to simplified: always, never, or where a text has many. */
    public enum Simplify { AUTO, ALWAYS, NEVER }

    /** What an import did. {@code aborted}: nothing was stored because of the problems. */
    public record Report(List<Store.Saved> saved, List<SourceItem> problems, boolean aborted, List<SourceItem> warnings) {
        public long added() {
            return saved.stream().filter(s -> !s.alreadyStored()).count();
        }

        public long unchanged() {
            return saved.stream().filter(Store.Saved::alreadyStored).count();
        }
    }

    /**
     * What a streamed import did, without the documents themselves.
     *
     * @param read  documents read from the sources
     * @param chars characters of text read
     * @param warnings documents stored with a repair worth knowing (NUL or lone surrogates replaced …)
     */
    public record Summary(long read, long added, long unchanged, long chars, List<SourceItem> problems, boolean aborted,
                          List<SourceItem> warnings) {
    }

    /** Hears about a streamed import as it goes: for a progress bar and a per-document report. */
    public interface Listener {
        /** An item (document or problem) was read from a source. */
        default void read(SourceItem item) {
        }

        /** A document was stored (or found stored already); {@code location} is where it was read. */
        default void stored(Store.Saved saved, String location) {
        }
    }

    private static final double TRADITIONAL_SHARE = 0.005;

    private final Workspace workspace;

    public ImportService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A whole import, keeping every stored document in the report: for small inputs (the demo, tests). */
    public Report importPaths(List<Path> paths, ImportOptions options, OnError onError, Simplify simplify, Consumer<SourceItem> progress) {
        return importPaths(paths, options, ReadLimits.DEFAULT, onError, simplify, progress);
    }

    /** A whole import within the given limits per document (a document beyond them is a problem like any other). */
    public Report importPaths(List<Path> paths, ImportOptions options, ReadLimits limits, OnError onError, Simplify simplify,
                              Consumer<SourceItem> progress) {
        List<Store.Saved> saved = new ArrayList<>();
        Summary s = run(paths, options, limits, onError, simplify, new Listener() {
            @Override
            public void read(SourceItem item) {
                progress.accept(item);
            }

            @Override
            public void stored(Store.Saved d, String location) {
                saved.add(d);
            }
        });
        return new Report(s.aborted() ? List.of() : saved, s.problems(), s.aborted(), s.warnings());
    }

    /** A streamed import of any size: documents go to the listener as they are stored, only counts are kept. */
    public Summary run(List<Path> paths, ImportOptions options, OnError onError, Simplify simplify, Listener listener) {
        return run(paths, options, ReadLimits.DEFAULT, onError, simplify, listener);
    }

    /**
     * A streamed import within limits per document, into a store SQLite finds sound; every stored batch also keeps
     * its cleaned texts' hashes (for {@code tifa verify}). A full disk is said as such: what was stored before stays.
     */
    public Summary run(List<Path> paths, ImportOptions options, ReadLimits limits, OnError onError, Simplify simplify,
                       Listener listener) {
        workspace.database().requireSoundForWriting();
        GlossaryTallies tallies = workspace.tallies();
        DocumentSources sources = new DocumentSources(options, limits);
        ImportPipeline pipeline = new ImportPipeline(workspace.store(), workspace.database(), onError == OnError.ABORT,
                raw -> {
                    NewDocument d = prepare(raw, simplify);
                    return new ImportPipeline.Ready(d, tallies.count(d.clean()));
                }, listener);
        try {
            return pipeline.run(sink -> {
                for (Path p : paths) sources.read(p, sink);
            });
        } catch (RuntimeException e) {
            if (DiskFull.causedBy(e)) {
                throw DiskFull.error(workspace.dataDir(), onError == OnError.ABORT ? "nothing was imported"
                        : "the batch being written was not stored; documents stored before it stay stored", e);
            }
            throw e;
        }
    }

    /** Cleans one document the way its source needs. */
    public static NewDocument prepare(RawDocument raw, Simplify simplify) {
        boolean t2s = raw.meta().language() == Language.ZH
                && (simplify == Simplify.ALWAYS || simplify == Simplify.AUTO && mostlyTraditional(raw.original()));
        CleaningSpec spec = new CleaningSpec(raw.profile(), t2s);
        CleanText clean = Cleaner.forSpec(spec).clean(raw.original());
        return new NewDocument(raw.meta(), raw.original(), clean.text(), spec);
    }

    /** True when conversion would change more than a few characters in a thousand: an old or Taiwan/HK-typeset text. */
    static boolean mostlyTraditional(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        String simplified = HanLP.convertToSimplifiedChinese(sample);
        if (simplified.length() != sample.length()) return true;
        int changed = 0;
        int han = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) continue;
            han++;
            if (c != simplified.charAt(i)) changed++;
        }
        return han > 0 && changed > TRADITIONAL_SHARE * han;
    }
}
