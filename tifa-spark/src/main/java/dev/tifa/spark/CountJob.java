package dev.tifa.spark;

import dev.tifa.glossary.Glossary;
import dev.tifa.model.Concept;
import dev.tifa.model.Language;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The Spark job: reads every input row on the executors, cleans and counts it there with Tifa's core, then gives
 * the documents the keys an import into an empty store would give them (the same text counted once, the n-th
 * document with the same key named {@code key-n}) and writes the tables. See docs/spark.md for the layout.
 */
public final class CountJob {
    private final SparkSession spark;

    public CountJob(SparkSession spark) {
        this.spark = spark;
    }

    public Summary run(JobSettings requested) {
        long started = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        JobSettings settings = requested.withHadoop(entries(conf));
        Path out = new Path(settings.output());
        prepareOutput(out, conf, settings.overwrite());
        List<InputFile> files = new InputFiles(conf).list(settings.inputs());
        if (files.isEmpty()) throw new IllegalArgumentException("no files under " + String.join(", ", settings.inputs()));

        JavaRDD<DocumentTally> tallies = fileTallies(files, settings).union(parquetTallies(files, settings))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            tallies.count(); // read, clean and count everything once: the rest works on these small rows
            double counting = (System.nanoTime() - started) / 1e9;
            Period period = settings.period();
            Dataset<Row> read = spark.createDataFrame(tallies.map(t -> Tables.read(t, period)), Tables.READ)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> docs = read.filter(col("problem").isNull());
            Dataset<Row> kept = keyed(docs).persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> forms = spark.createDataFrame(tallies.flatMap(Tables::forms), Tables.FORMS)
                    .join(kept, new String[]{"file_index", "position"}).persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> problems = read.filter(col("problem").isNotNull())
                    .select("location", "file", "reason", "problem").orderBy("file", "location");

            Outputs outputs = new Outputs(out, settings.formats());
            outputs.write("documents", kept.orderBy("file_index", "position").select(
                    "doc_key", "date", "year", "series", "kind", "language", "size", "title", "source", "location", "running_order"));
            outputs.write("counts", forms.select(
                    "doc_key", "date", "series", "kind", "language", "size", "concept", "form", "total", "standalone", "source"));
            outputs.write("periods", periods(kept, forms));
            outputs.write("firsts", firsts(forms, Tallier.glossary(settings)));
            outputs.write("problems", problems);
            outputs.write("glossary", glossary(Tallier.glossary(settings)));
            if (settings.hits()) {
                outputs.write("hits", spark.createDataFrame(tallies.flatMap(Tables::hits), Tables.HITS)
                        .join(kept.select("file_index", "position", "doc_key"), new String[]{"file_index", "position"})
                        .select("doc_key", "concept", "form", "start", "end", "nested_in"));
            }
            Summary summary = summary(read, kept, forms, files.size(), settings, started, counting);
            writeSummary(out, conf, summary);
            // blocking: a session stopped right after must not find the clean-up still queued
            read.unpersist(true);
            kept.unpersist(true);
            forms.unpersist(true);
            return summary;
        } finally {
            tallies.unpersist(true);
        }
    }

    /** One task reads one file (JSONL, JSONL.gz, text); a file is the unit of work because gzip cannot be split. */
    private JavaRDD<DocumentTally> fileTallies(List<InputFile> files, JobSettings settings) {
        List<InputFile> readable = files.stream().filter(f -> f.format() != InputFile.Format.PARQUET).toList();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        if (readable.isEmpty()) return jsc.emptyRDD();
        int slices = Math.max(1, Math.min(readable.size(), jsc.defaultParallelism() * 8));
        return jsc.parallelize(readable, slices).mapPartitions(part -> {
            Tallier tallier = new Tallier(settings);
            Configuration conf = configuration(settings.hadoop());
            return flatten(part, f -> new FileRows(f, tallier, conf));
        });
    }

    /** Parquet is read by Spark itself (splittable, columnar); each row becomes the record a JSONL line would be. */
    private JavaRDD<DocumentTally> parquetTallies(List<InputFile> files, JobSettings settings) {
        List<InputFile> parquet = files.stream().filter(f -> f.format() == InputFile.Format.PARQUET).toList();
        if (parquet.isEmpty()) return JavaSparkContext.fromSparkContext(spark.sparkContext()).emptyRDD();
        Map<String, Integer> index = new HashMap<>();
        parquet.forEach(f -> index.put(f.name(), f.index()));
        Dataset<Row> rows = spark.read().option("mergeSchema", "true").parquet(parquet.stream().map(InputFile::path).toArray(String[]::new));
        Dataset<Row> located = rows.select(col("*"), col("_metadata.file_path").as(ParquetRows.FILE), col("_metadata.row_index").as(ParquetRows.ROW));
        return located.javaRDD().mapPartitions(part -> {
            Tallier tallier = new Tallier(settings);
            ParquetRows mapping = new ParquetRows(settings.columns());
            List<DocumentTally> out = new ArrayList<>();
            part.forEachRemaining(row -> {
                String file = ParquetRows.fileName(row);
                long n = ParquetRows.rowNumber(row);
                InputFile f = new InputFile(index.getOrDefault(file, Integer.MAX_VALUE), file, file, InputFile.Format.PARQUET, false);
                out.add(tallier.tally(tallier.records().record(mapping.record(row), file + "#" + n), f, n));
            });
            return out.iterator();
        });
    }

    /** Drops repeated texts (the first in import order stays) and names documents as the store would. */
    private static Dataset<Row> keyed(Dataset<Row> docs) {
        WindowSpec sameText = Window.partitionBy("hash").orderBy("file_index", "position");
        WindowSpec sameKey = Window.partitionBy("base_key").orderBy("file_index", "position");
        return docs.withColumn("copy", row_number().over(sameText)).filter(col("copy").equalTo(1)).drop("copy")
                .withColumn("n", row_number().over(sameKey))
                .withColumn("doc_key", when(col("n").equalTo(1), col("base_key"))
                        .otherwise(concat(col("base_key"), lit("-"), col("n").cast(DataTypes.StringType))))
                .drop("n");
    }

    private static final String[] GROUP = {"period", "series", "kind", "language"};

    /** Per period, series, kind and language: each concept's occurrences and documents, beside all documents and their size. */
    private static Dataset<Row> periods(Dataset<Row> kept, Dataset<Row> forms) {
        Dataset<Row> items = kept.filter(col("period").isNotNull()).groupBy(cols(GROUP))
                .agg(count(lit(1)).as("items"), sum("size").as("size"));
        for (String g : GROUP) items = items.withColumnRenamed(g, "all_" + g); // both sides come from `kept`: keep them apart
        Dataset<Row> concepts = forms.filter(col("period").isNotNull()).groupBy(cols(GROUP, "concept"))
                .agg(sum("total").as("total"), sum("standalone").as("standalone"), countDistinct("doc_key").as("items_with"));
        Column on = lit(true);
        for (String g : GROUP) on = on.and(col(g).eqNullSafe(col("all_" + g)));
        return concepts.join(items, on)
                .select("period", "series", "kind", "language", "concept", "total", "standalone", "items_with", "items", "size")
                .orderBy("period", "series", "kind", "language", "concept");
    }

    /**
     * Each concept's first and last document in the order of the core's {@code Firsts} (date, else 1 July of the
     * year; then Chinese before English; then key), among documents in a language the concept has forms in.
     */
    private Dataset<Row> firsts(Dataset<Row> forms, Glossary glossary) {
        List<Row> pairs = new ArrayList<>();
        for (Concept c : glossary.concepts()) {
            for (Language l : Language.values()) if (!c.forms(l).isEmpty()) pairs.add(RowFactory.create(c.id(), l.code()));
        }
        Dataset<Row> languages = spark.createDataFrame(pairs, new StructType()
                .add("concept", DataTypes.StringType).add("language", DataTypes.StringType));
        // the core's order (Trend.CHRONOLOGICAL): day, then Chinese before English, then key
        Dataset<Row> present = forms.join(languages, new String[]{"concept", "language"})
                .withColumn("language_rank", when(col("language").equalTo(Language.ZH.code()), 0).otherwise(1))
                .select("concept", "doc_key", "date", "sort_date", "language_rank", "title", "running_order").distinct();
        WindowSpec earliest = Window.partitionBy("concept").orderBy(col("sort_date").asc_nulls_last(), col("language_rank"),
                col("doc_key"));
        WindowSpec latest = Window.partitionBy("concept").orderBy(col("sort_date").desc_nulls_first(), col("language_rank").desc(),
                col("doc_key").desc());
        Dataset<Row> firstRows = present.withColumn("r", row_number().over(earliest)).filter(col("r").equalTo(1))
                .select(col("concept"), col("date").as("first_date"), col("doc_key").as("first_doc_key"),
                        col("title").as("first_title"), col("running_order").as("first_running_order"));
        Dataset<Row> lastRows = present.withColumn("r", row_number().over(latest)).filter(col("r").equalTo(1))
                .select(col("concept"), col("date").as("last_date"), col("doc_key").as("last_doc_key"));
        Dataset<Row> with = present.groupBy("concept").agg(count(lit(1)).as("documents_with"));
        return firstRows.join(lastRows, "concept").join(with, "concept").orderBy(col("first_date").asc_nulls_last(), col("concept"));
    }

    /** The glossary counted with: one fingerprint per concept, as the store keeps it, so a loader can refuse another glossary. */
    private Dataset<Row> glossary(Glossary glossary) {
        List<Row> rows = new ArrayList<>();
        for (Concept c : glossary.concepts()) {
            var t = dev.tifa.app.GlossaryTallies.fingerprint(c);
            rows.add(RowFactory.create(t.id(), t.fingerprint(), t.forms()));
        }
        return spark.createDataFrame(rows, new StructType().add("concept", DataTypes.StringType)
                .add("fingerprint", DataTypes.StringType).add("forms", DataTypes.StringType)).coalesce(1);
    }

    private static Summary summary(Dataset<Row> read, Dataset<Row> kept, Dataset<Row> forms, int files, JobSettings settings,
                                   long started, double counting) {
        Row r = read.agg(count(lit(1)), count(when(col("problem").isNull(), 1))).first();
        long rows = r.getLong(0);
        long documents = r.getLong(1);
        Row k = kept.agg(count(lit(1)), count(when(col("period").isNull(), 1))).first();
        long counted = k.getLong(0);
        long undated = k.getLong(1);
        Row total = forms.agg(sum("total")).first();
        long occurrences = total.isNullAt(0) ? 0 : total.getLong(0);
        List<Summary.BadRows> bad = new ArrayList<>();
        for (Row b : read.filter(col("problem").isNotNull()).groupBy("reason", "file")
                .agg(count(lit(1)).as("rows"), first("problem").as("example")).orderBy("reason", "file").collectAsList()) {
            bad.add(new Summary.BadRows(b.getString(0), b.getString(1), b.getLong(2), b.getString(3)));
        }
        long badRows = bad.stream().mapToLong(Summary.BadRows::rows).sum();
        return new Summary(rows, documents, documents - counted, counted, occurrences, undated,
                settings.period().name().toLowerCase(java.util.Locale.ROOT), badRows, bad, files, settings.output(),
                (System.nanoTime() - started) / 1e9, counting);
    }

    private static void prepareOutput(Path out, Configuration conf, boolean overwrite) {
        try {
            FileSystem fs = out.getFileSystem(conf);
            if (!fs.exists(out)) return;
            if (!overwrite) throw new IllegalArgumentException("output folder exists: " + out + " (choose a new one, or pass --overwrite)");
            fs.delete(out, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare output folder " + out + ": " + e.getMessage(), e);
        }
    }

    private static void writeSummary(Path out, Configuration conf, Summary summary) {
        Path file = new Path(out, "summary.json");
        try (FSDataOutputStream o = file.getFileSystem(conf).create(file, true)) {
            o.write(summary.json().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static Column[] cols(String[] names, String... more) {
        List<Column> out = new ArrayList<>();
        for (String n : names) out.add(col(n));
        for (String n : more) out.add(col(n));
        return out.toArray(Column[]::new);
    }

    private static Map<String, String> entries(Configuration conf) {
        Map<String, String> out = new HashMap<>();
        conf.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static Configuration configuration(Map<String, String> entries) {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }

    private interface Opener<A, B> {
        Iterator<B> open(A a);
    }

    /** The rows of each file in turn, opened only when the previous one is done. */
    private static <A, B> Iterator<B> flatten(Iterator<A> outer, Opener<A, B> opener) {
        return new Iterator<>() {
            private Iterator<B> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && outer.hasNext()) current = opener.open(outer.next());
                return current.hasNext();
            }

            @Override
            public B next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return current.next();
            }
        };
    }
}
