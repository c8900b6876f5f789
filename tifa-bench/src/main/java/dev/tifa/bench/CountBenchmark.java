package dev.tifa.bench;

import dev.tifa.analysis.Counter;
import dev.tifa.glossary.GlossaryReader;
import dev.tifa.model.Document;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Counting the whole default glossary over the whole shared corpus, single-threaded, steady state.
 *
 * <p>Set-up (not measured): read the corpus with the real readers, clean it with the real import cleaning, compile
 * the default glossary's matcher. One operation = every document counted once. The {@code chars} and {@code bytes}
 * auxiliary counters turn that into cleaned chars/s and UTF-8 bytes/s of cleaned text.
 *
 * <ul>
 *   <li>{@link #count}: what {@code tifa count} does per document: {@link Counter#count} (match, nesting, tally).</li>
 *   <li>{@link #match}: the matcher alone ({@link FormulationMatcher#match}).</li>
 *   <li>{@link #compile}: compiling the default glossary's automaton (done once per process, not per count).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dfile.encoding=UTF-8"})
public class CountBenchmark {
    /** Corpus folder; empty: see {@link Corpus#locate}. */
    @Param("")
    public String corpus;

    private List<dev.tifa.model.Concept> concepts;
    private List<Document> docs;
    private Counter counter;
    private FormulationMatcher matcher;
    private long chars;
    private long bytes;

    /** Per-iteration throughput counters, reported by JMH as chars/s and bytes/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Volume {
        public long chars;
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            chars = 0;
            bytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        docs = Corpus.cleaned(Corpus.read(Corpus.locate(corpus)));
        concepts = new GlossaryReader().readDefault().concepts();
        matcher = FormulationMatcher.compile(concepts, MatchOptions.defaults());
        counter = new Counter(matcher);
        chars = Corpus.chars(docs);
        bytes = Corpus.utf8Bytes(docs);
        System.out.printf("%n# corpus: %d documents, %d chars, %d UTF-8 bytes; %d patterns%n",
                docs.size(), chars, bytes, matcher.patternCount());
    }

    @Benchmark
    public void count(Volume v, Blackhole bh) {
        for (Document d : docs) bh.consume(counter.count(d));
        v.chars += chars;
        v.bytes += bytes;
    }

    @Benchmark
    public void match(Volume v, Blackhole bh) {
        for (Document d : docs) bh.consume(matcher.match(d.clean()));
        v.chars += chars;
        v.bytes += bytes;
    }

    @Benchmark
    public FormulationMatcher compile() {
        return FormulationMatcher.compile(concepts, MatchOptions.defaults());
    }
}
