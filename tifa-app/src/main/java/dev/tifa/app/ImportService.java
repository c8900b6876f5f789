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
import dev.tifa.store.StoreHealth;
import dev.tifa.store.Store;
import dev.tifa.text.CleanText;
import dev.tifa.text.Cleaner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads, cleans and stores documents. All documents of one import are stored in one transaction: with
 * {@link OnError#ABORT} a single problem leaves the store exactly as it was; with {@link OnError#SKIP} the
 * problems are reported and every good document is stored.
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

    private static final double TRADITIONAL_SHARE = 0.005;

    private final Workspace workspace;

    public ImportService(Workspace workspace) {
        this.workspace = workspace;
    }

    public Report importPaths(List<Path> paths, ImportOptions options, OnError onError, Simplify simplify, Consumer<SourceItem> progress) {
        return importPaths(paths, options, ReadLimits.DEFAULT, onError, simplify, progress);
    }

    /** Imports within the given limits per document; a document beyond them is a problem like any other. */
    public Report importPaths(List<Path> paths, ImportOptions options, ReadLimits limits, OnError onError, Simplify simplify,
                              Consumer<SourceItem> progress) {
        DocumentSources sources = new DocumentSources(options, limits);
        List<NewDocument> ready = new ArrayList<>();
        List<SourceItem> problems = new ArrayList<>();
        List<SourceItem> warnings = new ArrayList<>();
        for (Path p : paths) {
            sources.read(p, item -> {
                progress.accept(item);
                if (item.ok()) ready.add(prepare(item.document(), simplify));
                else problems.add(item);
                if (item.warning() != null) warnings.add(item);
            });
        }
        if (!problems.isEmpty() && onError == OnError.ABORT) return new Report(List.of(), problems, true, warnings);
        return new Report(save(ready), problems, false, warnings);
    }

    /** Stores the documents and their cleaned texts' hashes in one transaction, into a store SQLite finds sound. */
    private List<Store.Saved> save(List<NewDocument> ready) {
        try {
            return workspace.database().inTransaction(c -> {
                StoreHealth.requireSoundForWriting(c);
                List<Store.Saved> saved = workspace.store().saveAll(ready);
                CleanHashes.record(c, saved);
                return saved;
            });
        } catch (RuntimeException e) {
            if (DiskFull.causedBy(e)) throw DiskFull.error(workspace.dataDir(), "nothing was imported", e);
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
