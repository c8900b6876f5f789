package dev.tifa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tifa.analysis.Counter;
import dev.tifa.app.ImportService;
import dev.tifa.app.ImportService.Simplify;
import dev.tifa.glossary.GlossaryReader;
import dev.tifa.ingest.ImportOptions;
import dev.tifa.ingest.SourceItem;
import dev.tifa.ingest.SourceRecords;
import dev.tifa.model.Document;
import dev.tifa.model.RawDocument;
import dev.tifa.store.NewDocument;
import dev.tifa.store.StoreRules;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The single-JVM count of a folder of {@code .jsonl.gz} files on one thread — what each Spark task does per row — timed
 * stage by stage: decompression, JSON parsing, the import's record mapping, cleaning, matching, the store's identity.
 * The baseline for the Spark measurements (bench/spark.sh) and the "where the time goes" of docs/spark.md.
 *
 * <p>Usage: {@code java -cp … dev.tifa.bench.PipelineStages FOLDER}. Prints one markdown table.
 */
public final class PipelineStages {
    private PipelineStages() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl.gz")).sorted().toList();
        }
        run(files.subList(0, Math.min(2, files.size())), null); // warm-up: let the JIT compile every stage
        run(files, System.out);
    }

    private static void run(List<Path> files, java.io.PrintStream out) throws IOException {
        long t0 = cpu();
        List<byte[]> compressed = new ArrayList<>();
        for (Path f : files) compressed.add(Files.readAllBytes(f));
        long tRead = cpu();
        List<byte[]> plain = new ArrayList<>();
        for (byte[] c : compressed) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(c), 1 << 16)) {
                plain.add(in.readAllBytes());
            }
        }
        long tGunzip = cpu();
        List<byte[]> lines = new ArrayList<>();
        long bytes = 0;
        for (byte[] p : plain) {
            bytes += p.length;
            int start = 0;
            for (int i = 0; i <= p.length; i++) {
                if (i == p.length || p[i] == '\n') {
                    if (i > start) lines.add(java.util.Arrays.copyOfRange(p, start, i));
                    start = i + 1;
                }
            }
        }
        long tSplit = cpu();
        ObjectMapper json = new ObjectMapper();
        for (byte[] l : lines) json.readTree(l);
        long tParse = cpu();
        SourceRecords records = new SourceRecords(ImportOptions.none());
        List<RawDocument> raws = new ArrayList<>(lines.size());
        Path name = files.get(0);
        int n = 0;
        for (byte[] l : lines) {
            SourceItem item = records.jsonLine(name, ++n, l);
            if (item != null && item.ok()) raws.add(item.document());
        }
        long tMap = cpu();
        List<NewDocument> prepared = new ArrayList<>(raws.size());
        for (RawDocument r : raws) prepared.add(ImportService.prepare(r, Simplify.AUTO));
        long tClean = cpu();
        Counter counter = new Counter(FormulationMatcher.compile(new GlossaryReader().readDefault().concepts(), MatchOptions.defaults()));
        long chars = 0;
        long hits = 0;
        List<Document> docs = new ArrayList<>(prepared.size());
        for (NewDocument p : prepared) docs.add(new Document(0, "", p.meta(), p.original(), p.clean(), "", p.cleaning()));
        long tDocs = cpu();
        for (Document d : docs) {
            chars += d.clean().length();
            hits += counter.count(d).hits().size();
        }
        long tMatch = cpu();
        for (NewDocument p : prepared) {
            StoreRules.hash(p.original());
            StoreRules.baseKey(p.meta());
        }
        long tIdentity = cpu();
        if (out == null) return;
        double mb = bytes / 1e6;
        out.printf("Single JVM, one thread: %,d files, %,d rows, %.1f MB of JSONL (%.1f MB gzip), %,d documents, %.1f M chars cleaned, %,d occurrences%n%n",
                files.size(), lines.size(), mb, compressed.stream().mapToLong(b -> b.length).sum() / 1e6, docs.size(), chars / 1e6, hits);
        out.println("| stage | CPU seconds | MB/s of JSONL per core |");
        out.println("|---|---|---|");
        row(out, "read gzip files (page cache)", tRead - t0, mb);
        row(out, "decompress (gzip)", tGunzip - tRead, mb);
        row(out, "split lines", tSplit - tGunzip, mb);
        row(out, "JSON parse only (Jackson tree)", tParse - tSplit, mb);
        row(out, "import record mapping (UTF-8 check + parse + field rules)", tMap - tParse, mb);
        row(out, "cleaning (ImportService.prepare: traditional check, cleaner chain)", tClean - tMap, mb);
        row(out, "matching and counting (Counter.count, whole glossary)", tMatch - tDocs, mb);
        row(out, "store identity (SHA-256 hash, key)", tIdentity - tMatch, mb);
        long total = (tRead - t0) + (tGunzip - tRead) + (tSplit - tGunzip) + (tMap - tParse) + (tClean - tMap) + (tMatch - tDocs) + (tIdentity - tMatch);
        row(out, "**single-JVM count** (all but the parse-only row)", total, mb);
    }

    /**
     * CPU time of this thread: the machine is shared, so wall-clock time would measure the neighbours too.
     * Every stage runs on this one thread (garbage collection, on its own threads, is left out).
     */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void row(java.io.PrintStream out, String stage, long nanos, double mb) {
        double s = nanos / 1e9;
        out.printf("| %s | %.2f | %.1f |%n", stage, s, mb / s);
    }
}
