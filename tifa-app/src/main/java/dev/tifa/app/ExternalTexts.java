package dev.tifa.app;

import dev.tifa.analysis.FormTally;
import dev.tifa.model.Concept;
import dev.tifa.model.DocumentInfo;
import dev.tifa.store.DocumentFilter;
import dev.tifa.store.ExternalDocuments;
import dev.tifa.store.ExternalDocuments.RecordedHit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Documents counted on a cluster ({@code tifa import-counts}): their glossary counts come from the job's tallies;
 * whatever needs their texts (ad-hoc phrases, passages) says that the texts are not in the store and where they are.
 */
public final class ExternalTexts {
    private final ExternalDocuments documents;

    public ExternalTexts(Workspace workspace) {
        this.documents = new ExternalDocuments(workspace.database());
    }

    /** Where the text of a document counted on the cluster is; empty for any other key. */
    public java.util.Optional<String> location(String keyOrId) {
        return documents.location(keyOrId);
    }

    /** Why a document cannot be opened here: counted on the cluster (and where its text is), else {@code otherwise}. */
    public String missing(String keyOrId, String otherwise) {
        return location(keyOrId).map(at -> "document '" + keyOrId + "' was counted on the cluster: its text is not in the store (text at "
                + at + "); glossary counts, trends and firsts include it").orElse(otherwise);
    }

    /** The selected documents whose texts are on the cluster, with where each text is. */
    public Map<DocumentInfo, String> in(DocumentFilter filter) {
        return documents.in(filter);
    }

    /** What to say when terms the tallies do not answer are asked of a selection with such documents; null when there are none. */
    public String notCounted(Map<DocumentInfo, String> outside, String consequence) {
        if (outside.isEmpty()) return null;
        return outside.size() + " selected document(s) were counted on the cluster and their texts are not in the store, so "
                + consequence + "; texts at " + places(outside);
    }

    /** The occurrences the job recorded for one document and concept (empty when the job ran without --hits). */
    public List<RecordedHit> recorded(DocumentInfo d, String conceptId) {
        return documents.hits(d.id(), conceptId);
    }

    /**
     * Where the occurrences of a glossary concept are in the selected documents counted on the cluster: the source
     * path and offsets into the original text the job recorded (its {@code --hits}), else how many there are and
     * where the text is. One line per occurrence or document.
     */
    public List<String> passages(Concept c, DocumentFilter filter) {
        List<String> out = new ArrayList<>();
        for (var e : in(filter).entrySet()) {
            DocumentInfo d = e.getKey();
            List<RecordedHit> hits = documents.hits(d.id(), c.id());
            for (RecordedHit h : hits) {
                out.add(d.key() + ": " + h.form() + " at " + e.getValue() + ", characters " + h.start() + "–" + h.end()
                        + " of the original text" + (h.nestedIn() == null ? "" : " (inside " + h.nestedIn() + ")"));
            }
            if (!hits.isEmpty()) continue;
            int n = documents.tallies(d.id()).stream().filter(t -> t.conceptId().equals(c.id())).mapToInt(FormTally::total).sum();
            if (n > 0) out.add(d.key() + ": " + n + " occurrence(s) counted on the cluster, text at " + e.getValue()
                    + " (run the job with --hits to record their offsets)");
        }
        return out;
    }

    /** The first few locations, then how many more. */
    static String places(Map<DocumentInfo, String> outside) {
        List<String> shown = new ArrayList<>();
        for (var e : outside.entrySet()) {
            if (shown.size() == 3) break;
            shown.add(e.getKey().key() + " → " + e.getValue());
        }
        return String.join(", ", shown) + (outside.size() > shown.size() ? ", … (" + (outside.size() - shown.size()) + " more)" : "");
    }
}
