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
    private static final Cleaner WIKISOURCE = Cleaner.forProfile(CleaningProfile.WIKISOURCE, false);

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
        List<Document> out = new ArrayList<>();
        for (JsonNode n : records("government_work_reports.jsonl")) {
            String title = n.path("title").asText();
            Integer year = n.path("year").isNull() || n.path("year").isMissingNode() ? null : n.path("year").asInt();
            Kind kind = year == null ? Kind.RESOLUTION : Kind.OFFICIAL;
            long id = out.size() + 1;
            String key = year == null ? "gwr-resolution-" + id : "gwr-" + year;
            DocumentMeta meta = new DocumentMeta(title, null, year, year == null ? "gwr-resolution" : "gov-work-report",
                    kind, Language.ZH, n.path("url").asText(), null);
            out.add(wikisource(id, key, meta, n.path("content").asText()));
        }
        return out;
    }

    /** The Party Congress reports from Wikisource, cleaned without full traditional conversion, keyed pc-N. */
    public static List<Document> congressReports() throws IOException {
        List<Document> out = new ArrayList<>();
        for (JsonNode n : records("cpc_congress_reports.jsonl")) {
            DocumentMeta meta = new DocumentMeta(n.path("title").asText(), null, null, "party-congress",
                    Kind.OFFICIAL, Language.ZH, n.path("url").asText(), null);
            out.add(wikisource(out.size() + 1, "pc-" + n.path("congress").asText(), meta, n.path("content").asText()));
        }
        return out;
    }

    /** The records of one Wikisource collection; skips the calling test when the corpus is absent. */
    private static List<JsonNode> records(String fileName) throws IOException {
        Path file = corpora().map(c -> c.resolve("wikisource-zh").resolve(fileName)).orElse(null);
        assumeTrue(file != null && Files.isRegularFile(file),
                "SKIPPED: real corpus not found (set TIFA_SAMPLE_DIR to the 'corpora' folder or put shared/corpora beside the repository)");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) if (!line.isBlank()) out.add(json.readTree(line));
        return out;
    }

    private static Document wikisource(long id, String key, DocumentMeta meta, String content) {
        return new Document(id, key, meta, content, WIKISOURCE.clean(content).text(), "", new CleaningSpec(CleaningProfile.WIKISOURCE, false));
    }

    public static Document report(List<Document> docs, int year) {
        return docs.stream().filter(d -> d.key().equals("gwr-" + year)).findFirst().orElseThrow();
    }
}
