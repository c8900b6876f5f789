package dev.tifa.spark;

import dev.tifa.app.ImportService.Simplify;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A Spark session in local mode for tests, and the job's settings with the defaults of `tifa spark`. */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession start() {
        return SparkSession.builder().master("local[2]").appName("tifa-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    static JobSettings settings(List<String> inputs, Path out) {
        return new JobSettings(inputs, out.toString(), null, null, null, Simplify.AUTO, false, null, null, null, Map.of(),
                Map.of(), Period.YEAR, List.of("parquet", "csv"), false, false, Map.of());
    }

    /** ../shared/corpora beside the repository (surefire runs in tifa-spark), or TIFA_SAMPLE_DIR; skips visibly without. */
    static Path sharedCorpora() {
        Path found = findSharedCorpora();
        assumeTrue(found != null, missingSharedCorpora());
        return found;
    }

    /** The shared corpora, or null where they are absent. */
    static Path findSharedCorpora() {
        Path found = candidates().stream().filter(Files::isDirectory).findFirst().orElse(null);
        return found == null ? null : found.toAbsolutePath().normalize();
    }

    static String missingSharedCorpora() {
        return "shared corpus not found at " + candidates().stream().map(c -> c.toAbsolutePath().normalize().toString()).toList()
                + ": skipping the Spark equality test";
    }

    private static List<Path> candidates() {
        String env = System.getenv("TIFA_SAMPLE_DIR");
        return env != null && !env.isBlank() ? List.of(Path.of(env))
                : List.of(Path.of("..", "..", "shared", "corpora"), Path.of("..", "shared", "corpora"));
    }
}
