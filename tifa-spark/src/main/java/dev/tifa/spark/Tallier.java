package dev.tifa.spark;

import dev.tifa.analysis.Counter;
import dev.tifa.analysis.DocumentCounts;
import dev.tifa.app.ImportService;
import dev.tifa.glossary.Glossary;
import dev.tifa.glossary.GlossaryReader;
import dev.tifa.ingest.SourceItem;
import dev.tifa.ingest.SourceRecords;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Hit;
import dev.tifa.model.RawDocument;
import dev.tifa.store.NewDocument;
import dev.tifa.store.StoreRules;
import dev.tifa.text.Cleaner;
import dev.tifa.text.match.FormulationMatcher;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cleans and counts one document the way {@code tifa import} + {@code tifa count} do: the import's cleaning
 * ({@link ImportService#prepare}), the count's matcher (the whole glossary) and {@link Counter}. One per partition:
 * the matcher is compiled once and used for every row.
 */
final class Tallier {
    private final JobSettings settings;
    private final SourceRecords records;
    private final FormulationMatcher matcher;
    private final Counter counter;

    Tallier(JobSettings settings) {
        this.settings = settings;
        this.records = new SourceRecords(settings.importOptions());
        this.matcher = FormulationMatcher.compile(glossary(settings).concepts(), settings.matchOptions());
        this.counter = new Counter(matcher);
    }

    /** The default glossary overlaid by the user's, as a workspace does it. */
    static Glossary glossary(JobSettings settings) {
        GlossaryReader reader = new GlossaryReader();
        Glossary g = reader.readDefault();
        if (settings.glossaryYaml() == null) return g;
        return g.with(reader.read(new ByteArrayInputStream(settings.glossaryYaml().getBytes(StandardCharsets.UTF_8)), settings.glossaryName()));
    }

    SourceRecords records() {
        return records;
    }

    DocumentTally tally(SourceItem item, InputFile file, long position) {
        if (!item.ok()) return DocumentTally.problem(file.index(), position, file.name(), item.location(), item.problem());
        try {
            return count(item.document(), item.location(), file, position);
        } catch (RuntimeException e) {
            // one odd document must not end a job over millions: it is reported with the rest
            return DocumentTally.problem(file.index(), position, file.name(), item.location(),
                    "could not count (" + e.getClass().getSimpleName() + "): " + e.getMessage());
        }
    }

    private DocumentTally count(RawDocument raw, String location, InputFile file, long position) {
        if (settings.profile() != null) raw = new RawDocument(raw.meta(), raw.original(), settings.profile());
        NewDocument prepared = ImportService.prepare(raw, settings.simplify());
        String hash = StoreRules.hash(prepared.original());
        DocumentMeta m = prepared.meta();
        Document doc = new Document(0, "", m, prepared.original(), prepared.clean(), hash, prepared.cleaning());
        DocumentCounts counts = counter.count(doc);
        // documents are told apart as the store tells them: a news item by its broadcast, anything else by its text
        return new DocumentTally(file.index(), position, file.name(), location, null, StoreRules.identity(m, prepared.original()), StoreRules.baseKey(m),
                m.title(), m.date(), m.sortDate(), m.year(), m.series(), m.kind().code(), m.language().code(), m.source(),
                runningOrder(m), counts.size(), forms(counts.hits()), settings.hits() ? offsets(raw, prepared) : List.of());
    }

    /** Per concept and form, from the same hits the count's totals come from. */
    private static List<DocumentTally.FormTally> forms(List<Hit> hits) {
        Map<String, Map<String, int[]>> by = new TreeMap<>();
        for (Hit h : hits) {
            int[] t = by.computeIfAbsent(h.conceptId(), k -> new TreeMap<>()).computeIfAbsent(h.form(), k -> new int[2]);
            t[0]++;
            if (h.standalone()) t[1]++;
        }
        List<DocumentTally.FormTally> out = new ArrayList<>();
        by.forEach((concept, forms) -> forms.forEach((form, t) -> out.add(new DocumentTally.FormTally(concept, form, t[0], t[1]))));
        return out;
    }

    /** The hits again, on the cleaned text that still knows its way back, for offsets into the original. */
    private List<DocumentTally.HitOffsets> offsets(RawDocument raw, NewDocument prepared) {
        List<DocumentTally.HitOffsets> out = new ArrayList<>();
        for (Hit h : matcher.match(Cleaner.forSpec(prepared.cleaning()).clean(raw.original()))) {
            out.add(new DocumentTally.HitOffsets(h.conceptId(), h.form(), h.start(), h.end(), h.nestedIn()));
        }
        return out;
    }

    /** A news item's place in its day's programme (the {@code num} field of news transcripts), when given. */
    private static Integer runningOrder(DocumentMeta m) {
        String num = m.attributes().get("num");
        return num != null && num.matches("\\d{1,9}") ? Integer.valueOf(num) : null;
    }
}
