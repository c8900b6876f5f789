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
    public static final String HOW_TO_GET = "The sample corpus was not found. It is the corpora folder of the project's "
            + "shared data (its README lists the sources: Chinese Wikisource, CCTV transcripts, Xinhua translations), kept "
            + "outside the repository: get it from the project and place it at ../shared/corpora beside the Tifa checkout, "
            + "or set TIFA_SAMPLE_DIR to a folder with wikisource-zh/*.jsonl, third-plenum-zh/*.txt and gwr-zh-en/*.tsv.";

    private SampleCorpus() {
    }

    /** @throws IllegalArgumentException when TIFA_SAMPLE_DIR names a folder that does not exist: a typo is not silently ignored */
    public static Optional<Path> locate() {
        return locate(System.getenv("TIFA_SAMPLE_DIR"));
    }

    static Optional<Path> locate(String env) {
        List<Path> candidates = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            if (!Files.isDirectory(Path.of(env))) {
                throw new IllegalArgumentException("TIFA_SAMPLE_DIR=" + env + ": no such folder (unset it to use ../shared/corpora)");
            }
            return Optional.of(Path.of(env).normalize());
        }
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
