package dev.tifa.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tifa.model.CleaningProfile;
import dev.tifa.model.CleaningSpec;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.text.Cleaner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared sample corpora, read at test time (never copied into the repository): {@code $TIFA_SAMPLE_DIR}, else a
 * {@code shared/corpora} folder beside the repository, found by walking up from the module directory.
 */
public final class RealCorpus {
    private RealCorpus() {
    }

    public static Optional<Path> corpora() {
        String env = System.getenv("TIFA_SAMPLE_DIR");
        if (env != null && !env.isBlank() && Files.isDirectory(Paths.get(env))) return Optional.of(Paths.get(env));
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("shared").resolve("corpora");
            if (Files.isDirectory(c)) return Optional.of(c);
        }
        return Optional.empty();
    }

    /** The government work reports from Wikisource, cleaned; skips the calling test when the corpus is absent. */
    public static List<Document> governmentWorkReports() throws IOException {
        Path file = corpora().map(c -> c.resolve("wikisource-zh").resolve("government_work_reports.jsonl")).orElse(null);
        assumeTrue(file != null && Files.isRegularFile(file),
                "SKIPPED: real corpus not found (set TIFA_SAMPLE_DIR to the 'corpora' folder or put shared/corpora beside the repository)");
        ObjectMapper json = new ObjectMapper();
        Cleaner cleaner = Cleaner.forProfile(CleaningProfile.WIKISOURCE, false);
        List<Document> out = new ArrayList<>();
        long id = 1;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            String title = n.path("title").asText();
            Integer year = n.path("year").isNull() || n.path("year").isMissingNode() ? null : n.path("year").asInt();
            String content = n.path("content").asText();
            Kind kind = year == null ? Kind.RESOLUTION : Kind.OFFICIAL;
            String key = year == null ? "gwr-resolution-" + id : "gwr-" + year;
            DocumentMeta meta = new DocumentMeta(title, null, year, year == null ? "gwr-resolution" : "gov-work-report",
                    kind, Language.ZH, n.path("url").asText(), null);
            out.add(new Document(id++, key, meta, content, cleaner.clean(content).text(), "",
                    new CleaningSpec(CleaningProfile.WIKISOURCE, false)));
        }
        return out;
    }

    /** The Party Congress reports from Wikisource, cleaned without full traditional conversion, keyed pc-N. */
    public static List<Document> congressReports() throws IOException {
        Path file = corpora().map(c -> c.resolve("wikisource-zh").resolve("cpc_congress_reports.jsonl")).orElse(null);
        assumeTrue(file != null && Files.isRegularFile(file),
                "SKIPPED: real corpus not found (set TIFA_SAMPLE_DIR to the 'corpora' folder or put shared/corpora beside the repository)");
        ObjectMapper json = new ObjectMapper();
        Cleaner cleaner = Cleaner.forProfile(CleaningProfile.WIKISOURCE, false);
        List<Document> out = new ArrayList<>();
        long id = 1;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            String content = n.path("content").asText();
            DocumentMeta meta = new DocumentMeta(n.path("title").asText(), null, null, "party-congress",
                    Kind.OFFICIAL, Language.ZH, n.path("url").asText(), null);
            out.add(new Document(id++, "pc-" + n.path("congress").asText(), meta, content, cleaner.clean(content).text(), "",
                    new CleaningSpec(CleaningProfile.WIKISOURCE, false)));
        }
        return out;
    }

    public static Document report(List<Document> docs, int year) {
        return docs.stream().filter(d -> d.key().equals("gwr-" + year)).findFirst().orElseThrow();
    }
}
