package dev.tifa.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sample corpus the demo imports: {@code $TIFA_SAMPLE_DIR}, else {@code ../shared/corpora} beside the Tifa
 * checkout (found from the working directory or from the install directory the launcher passes as {@code tifa.home}).
 */
public final class SampleCorpus {
    public static final String HOW_TO_GET = "The sample corpus was not found. Set TIFA_SAMPLE_DIR to a folder with "
            + "wikisource-zh/*.jsonl, third-plenum-zh/*.txt and gwr-zh-en/*.tsv (the layout of shared/corpora), "
            + "or place that folder at ../shared/corpora beside the Tifa checkout.";

    private SampleCorpus() {
    }

    public static Optional<Path> locate() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("TIFA_SAMPLE_DIR");
        if (env != null && !env.isBlank()) candidates.add(Path.of(env));
        candidates.add(Path.of("..", "shared", "corpora"));
        String home = System.getProperty("tifa.home");
        if (home != null) candidates.add(Path.of(home).resolve("../shared/corpora"));
        return candidates.stream().filter(Files::isDirectory).map(Path::normalize).findFirst();
    }

    /** The parts of the sample to import, in order: Chinese collections, plenum texts, English translations. */
    public static List<Path> parts(Path root) {
        return List.of(root.resolve("wikisource-zh"), root.resolve("third-plenum-zh"), root.resolve("gwr-zh-en")).stream()
                .filter(Files::isDirectory).toList();
    }
}
