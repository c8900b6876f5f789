package dev.tifa.app;

import dev.tifa.analysis.FormTally;
import dev.tifa.model.Concept;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.store.ExternalDocuments;
import dev.tifa.store.ExternalDocuments.External;
import dev.tifa.store.ExternalDocuments.RecordedHit;
import dev.tifa.store.TallyTable.TalliedConcept;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Takes a tifa-spark output folder in ({@code tifa import-counts}): its documents become stored documents with
 * metadata, size and the job's glossary tallies, but no text (the texts stay on the cluster, at the location the
 * job recorded). Refuses an output counted with another glossary than the store's; loading it again changes nothing.
 */
public final class CountsImport {
    private static final int BATCH = 1000;

    /** What a load did. */
    public record Result(int documents, int stored, int unchanged, List<String> refused, int hits) {
    }

    private final Workspace workspace;

    public CountsImport(Workspace workspace) {
        this.workspace = workspace;
    }

    public Result load(Path output) {
        if (!Files.isDirectory(output)) throw new IllegalArgumentException(output + ": no such folder");
        if (!SparkCsv.exists(output, "documents") || !SparkCsv.exists(output, "counts")) {
            throw new IllegalArgumentException(output + ": not a tifa spark output with CSV tables (csv/documents and csv/counts are missing;"
                    + " run the job with --format csv or the default parquet,csv)");
        }
        checkGlossary(output);
        workspace.tallies(); // the store's own tallies first follow the glossary in force
        ExternalDocuments store = new ExternalDocuments(workspace.database());
        int[] n = new int[4];
        List<String> refused = new ArrayList<>();
        try (CountsSpill spill = CountsSpill.of(output)) {
            List<External> rows = new ArrayList<>(); // a batch of documents, their counts looked up when it is full
            Runnable flush = () -> {
                List<String> keys = rows.stream().map(External::key).toList();
                Map<String, List<FormTally>> counts = spill.counts(keys);
                Map<String, List<RecordedHit>> hits = spill.hits(keys);
                List<External> batch = new ArrayList<>(rows.size());
                for (External d : rows) {
                    List<RecordedHit> h = hits.getOrDefault(d.key(), List.of());
                    batch.add(new External(d.key(), d.meta(), d.size(), d.location(), counts.getOrDefault(d.key(), List.of()), h));
                    n[3] += h.size();
                }
                ExternalDocuments.Loaded l = store.load(batch);
                n[1] += l.stored();
                n[2] += l.unchanged();
                refused.addAll(l.refused());
                rows.clear();
            };
            SparkCsv.read(output, "documents", r -> {
                // read here, so that a bad cell is named with its file and row
                rows.add(new External(r.get("doc_key"), meta(r), number(r, "size"), r.get("location"), List.of(), List.of()));
                n[0]++;
                if (rows.size() >= BATCH) flush.run();
            });
            if (!rows.isEmpty()) flush.run();
        }
        return new Result(n[0], n[1], n[2], refused, n[3]);
    }

    /** The job's glossary (one fingerprint per concept) must be the store's, concept for concept. */
    private void checkGlossary(Path output) {
        if (!SparkCsv.exists(output, "glossary")) {
            throw new IllegalArgumentException(output + ": the output does not record the glossary it was counted with"
                    + " (csv/glossary); re-run the job with this version of tifa spark");
        }
        Map<String, String> theirs = new TreeMap<>();
        SparkCsv.read(output, "glossary", r -> theirs.put(r.get("concept"), r.get("fingerprint")));
        Map<String, String> ours = new TreeMap<>();
        for (Concept c : workspace.glossary().concepts()) {
            TalliedConcept t = GlossaryTallies.fingerprint(c);
            ours.put(t.id(), t.fingerprint());
        }
        if (theirs.equals(ours)) return;
        TreeSet<String> differ = new TreeSet<>(theirs.keySet());
        differ.addAll(ours.keySet());
        differ.removeIf(id -> java.util.Objects.equals(theirs.get(id), ours.get(id)));
        List<String> shown = differ.stream().limit(5).toList();
        throw new IllegalArgumentException(output + ": counted with a different glossary than this store's ("
                + differ.size() + " concept(s) differ: " + String.join(", ", shown) + (differ.size() > shown.size() ? ", …" : "")
                + "); re-run the job with this store's glossary (--glossary DATA/glossary.yaml) or load it into a store with the job's glossary");
    }

    private static DocumentMeta meta(Map<String, String> r) {
        String date = r.get("date");
        String year = r.get("year");
        Map<String, String> attributes = new TreeMap<>();
        if (r.get("running_order") != null) attributes.put("num", r.get("running_order"));
        String title = r.get("title");
        return new DocumentMeta(title == null ? "" : title, date == null ? null : LocalDate.parse(date),
                year == null ? null : Integer.valueOf(year), r.get("series"), Kind.parse(r.get("kind")),
                Language.parse(r.get("language")), r.get("source"), attributes);
    }

    static int number(Map<String, String> r, String column) {
        String v = r.get(column);
        if (v == null) throw new IllegalArgumentException("column " + column + " is empty or missing");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column " + column + " is not a whole number: '" + v + "'");
        }
    }
}
