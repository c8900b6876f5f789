package dev.tifa.spark;

import dev.tifa.app.ImportService.Simplify;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code tifa spark}: counts the glossary over a corpus with Spark, on this machine (local mode, all cores) or, under
 * {@code spark-submit}, on a cluster. Same field rules, cleaning and matching as {@code tifa import} + {@code tifa count}.
 */
@Command(name = "tifa spark", mixinStandardHelpOptions = true,
        description = {"Count every glossary concept over a corpus with Apache Spark: per document, per period, first appearances.",
                "INPUT: files or folders on any Hadoop file system (/local/path, hdfs://…, s3a://…): .jsonl .ndjson (also .gz, .bz2), "
                        + ".parquet (columns named like the JSONL fields, or --column), .txt .md .text."})
public final class SparkCount implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders (read like `tifa import` reads them).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FOLDER", description = "Output folder (must not exist, unless --overwrite).")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit (default: local[*], all cores here).")
    String master;

    @Option(names = "--glossary", paramLabel = "FILE", description = "A user glossary (YAML) laid over the default one, as the data folder's glossary.yaml is.")
    String glossary;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "Force one cleaning profile on every document: plain, wikisource or extracted (default: as the import decides per record).")
    String profile;

    @Option(names = "--simplify", defaultValue = "auto", paramLabel = "WHEN", description = "Convert traditional characters: auto (default), always, never.")
    String simplify;

    @Option(names = "--exact", description = "English: do not fold plurals of the last word (as `tifa count --exact`).")
    boolean exact;

    @Option(names = "--series", description = "Series of every document (as `tifa import --series`).")
    String series;

    @Option(names = "--kind", description = "Kind of every document: official, resolution, commentary or preview.")
    String kind;

    @Option(names = "--lang", description = "zh or en (default: from the record, else detected).")
    String language;

    @Option(names = "--attr", paramLabel = "KEY=VALUE", description = "Extra metadata for every document; repeatable.")
    Map<String, String> attributes = new LinkedHashMap<>();

    @Option(names = "--column", paramLabel = "FIELD=COLUMN", description = "Parquet: take record field FIELD (text, title, date, …) from COLUMN; repeatable.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--by", defaultValue = "year", paramLabel = "PERIOD", description = "Period of the aggregates: day, week, month or year (default).")
    String by;

    @Option(names = "--format", split = ",", defaultValue = "parquet,csv", paramLabel = "FORMAT", description = "parquet, csv or both (default).")
    List<String> formats;

    @Option(names = "--hits", description = "Also write every occurrence with offsets into the original text (large).")
    boolean hits;

    @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
    boolean overwrite;

    private final PrintWriter stdout;

    SparkCount(PrintWriter stdout) {
        this.stdout = stdout;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new SparkCount(out));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // bad input or options: one line naming the problem, not a stack trace
            cmd.getErr().println("tifa spark: " + e.getMessage());
            return 2;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() {
        JobSettings settings = settings();
        SparkConf conf = new SparkConf().setAppName("tifa-spark").set("spark.ui.showConsoleProgress", "false");
        if (!conf.contains("spark.master")) conf.setMaster(master != null ? master : "local[*]");
        if (conf.get("spark.master").startsWith("local")) {
            // Spark's 200 shuffle partitions suit a cluster; on one machine they are 200 tiny tasks per step
            conf.setIfMissing("spark.sql.shuffle.partitions", Integer.toString(4 * Runtime.getRuntime().availableProcessors()));
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            spark.sparkContext().setLogLevel("WARN");
            Summary summary = new CountJob(spark).run(settings);
            summary.print(stdout);
        } finally {
            spark.stop();
        }
        return 0;
    }

    JobSettings settings() {
        for (String f : formats) {
            if (!f.equals("parquet") && !f.equals("csv")) throw new IllegalArgumentException("--format: unknown format '" + f + "' (expected parquet, csv or both)");
        }
        return new JobSettings(inputs, out, glossary == null ? null : readGlossary(glossary), glossary,
                profile == null ? null : parse(CleaningProfile.class, profile, "--profile"),
                parse(Simplify.class, simplify, "--simplify"), exact, series,
                kind == null ? null : Kind.parse(kind), language == null ? null : Language.parse(language), attributes,
                columns, Period.parse(by), formats, hits, overwrite, Map.of());
    }

    /** Read on the driver (it may be on HDFS) and shipped to the executors as text. */
    private static String readGlossary(String file) {
        Path path = new Path(file);
        try (InputStream in = path.getFileSystem(new org.apache.hadoop.conf.Configuration()).open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read glossary " + file + ": " + e.getMessage(), e);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": unknown value '" + value + "'");
        }
    }
}
