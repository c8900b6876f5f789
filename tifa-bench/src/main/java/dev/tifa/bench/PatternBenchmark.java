package dev.tifa.bench;

import dev.tifa.analysis.Counter;
import dev.tifa.analysis.pattern.QueryPattern;
import dev.tifa.glossary.GlossaryReader;
import dev.tifa.model.Concept;
import dev.tifa.model.Document;
import dev.tifa.model.Kind;
import dev.tifa.text.match.FormulationMatcher;
import dev.tifa.text.match.MatchOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A pattern query against a literal one over the official documents of the shared corpus: what {@code tifa count}
 * does per document for each (set-up, not measured: reading, cleaning, compiling).
 *
 * <ul>
 *   <li>{@link #literal}: {@code tifa count 不动摇}: the phrase matched with the whole glossary (for nesting) and tallied.</li>
 *   <li>{@link #gap}: {@code tifa count --pattern 坚持…不动摇}.</li>
 *   <li>{@link #slots}: {@code --pattern 统筹{X}和{Y}} (two capturing slots).</li>
 *   <li>{@link #alternatives}: {@code --pattern 加快(建设|构建|发展)}.</li>
 * </ul>
 * One operation = every official document searched once; compare average times (ms/op).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dfile.encoding=UTF-8"})
public class PatternBenchmark {
    @Param("")
    public String corpus;

    private List<Document> docs;
    private Counter literal;
    private QueryPattern gap;
    private QueryPattern slots;
    private QueryPattern alternatives;

    @Setup
    public void setUp() {
        docs = new ArrayList<>(Corpus.cleaned(Corpus.read(Corpus.locate(corpus))));
        docs.removeIf(d -> d.meta().kind() != Kind.OFFICIAL);
        List<Concept> all = new ArrayList<>(new GlossaryReader().readDefault().concepts());
        all.add(Concept.adHoc("不动摇"));
        literal = new Counter(FormulationMatcher.compile(all, MatchOptions.defaults()));
        gap = QueryPattern.compile("坚持…不动摇", QueryPattern.Mode.PATTERN);
        slots = QueryPattern.compile("统筹{X}和{Y}", QueryPattern.Mode.PATTERN);
        alternatives = QueryPattern.compile("加快(建设|构建|发展)", QueryPattern.Mode.PATTERN);
        System.out.printf("%n# official documents: %d, %d chars%n", docs.size(), Corpus.chars(docs));
    }

    @Benchmark
    public void literal(Blackhole bh) {
        for (Document d : docs) bh.consume(literal.count(d));
    }

    @Benchmark
    public void gap(Blackhole bh) {
        for (Document d : docs) bh.consume(gap.match(d.clean()));
    }

    @Benchmark
    public void slots(Blackhole bh) {
        for (Document d : docs) bh.consume(slots.match(d.clean()));
    }

    @Benchmark
    public void alternatives(Blackhole bh) {
        for (Document d : docs) bh.consume(alternatives.match(d.clean()));
    }
}
