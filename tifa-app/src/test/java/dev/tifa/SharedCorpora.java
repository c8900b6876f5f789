package dev.tifa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real corpora of {@code ../shared/corpora} (beside the repository), read where they lie at test time.
 * Tests that need them call {@link #require()}, which skips the test with a visible reason where they are absent.
 */
public final class SharedCorpora {
    private SharedCorpora() {
    }

    public static Path require() {
        Path p = locate();
        assumeTrue(p != null, "shared corpus not found at " + candidates().stream()
                .map(c -> c.toAbsolutePath().normalize().toString()).collect(Collectors.joining(" or ")) + ": skipping");
        return p;
    }

    /** TIFA_SAMPLE_DIR, else {@code ../shared/corpora} from the repository root (surefire runs in tifa-app). */
    public static Path locate() {
        return candidates().stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

    private static List<Path> candidates() {
        String env = System.getenv("TIFA_SAMPLE_DIR");
        if (env != null && !env.isBlank()) return List.of(Path.of(env));
        return List.of(Path.of("..", "..", "shared", "corpora"), Path.of("..", "shared", "corpora"));
    }
}
