package dev.tifa.commentary;

import dev.tifa.analysis.themes.ThemeProfile;
import dev.tifa.analysis.themes.ThemeProfiler;
import dev.tifa.analysis.themes.ThemeShare;
import dev.tifa.app.Workspace;
import dev.tifa.model.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The themes a commentary stresses against the theme shares of the document it discusses. */
public final class ThemeService {
    private final Workspace workspace;

    public ThemeService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** One theme in both documents; {@code difference} = share in the first − share in the second (percentage points / 100). */
    public record ThemeRow(String themeId, String zh, String en, int hits, double share, int vsHits, double vsShare, double difference) {
    }

    /** {@code vs} is null when the document has no counterpart; rows then carry zeros for it. */
    public record ThemeComparison(Document document, ThemeProfile profile, Document vs, ThemeProfile vsProfile, List<ThemeRow> rows) {
    }

    /**
     * @param vsKey the document to compare with; null: the official text of the document's event in its language
     */
    public ThemeComparison compare(String key, String vsKey) {
        Document d = document(key);
        return compare(d, vsKey != null ? document(vsKey) : counterpart(d).orElse(null));
    }

    private ThemeComparison compare(Document d, Document vs) {
        Counting counting = new Counting(workspace.glossary());
        ThemeProfiler profiler = new ThemeProfiler(workspace.glossary());
        ThemeProfile p = profiler.profile(counting.glossaryCounts(d));
        ThemeProfile q = vs == null ? null : profiler.profile(counting.glossaryCounts(vs));
        List<ThemeRow> rows = new ArrayList<>();
        for (ThemeShare s : p.shares()) {
            ThemeShare o = q == null ? null : q.share(s.themeId()).orElse(null);
            int oh = o == null ? 0 : o.hits();
            double os = o == null ? 0 : o.share();
            if (s.hits() == 0 && oh == 0) continue;
            rows.add(new ThemeRow(s.themeId(), s.zh(), s.en(), s.hits(), s.share(), oh, os, s.share() - os));
        }
        rows.sort(Comparator.comparingDouble((ThemeRow r) -> -Math.abs(r.difference())));
        return new ThemeComparison(d, p, vs, q, rows);
    }

    /**
     * Each commentary of an event against the event's official text in the commentary's language (the longest, as
     * for claims about "the document"); {@code vs} is null where the event has no official text in that language.
     */
    public List<ThemeComparison> compareEvent(String eventKey) {
        EventView e = new EventService(workspace).show(eventKey);
        List<Document> officials = e.documents(Role.OFFICIAL);
        List<ThemeComparison> out = new ArrayList<>();
        for (Document d : e.documents(Role.COMMENTARY)) {
            Document vs = EventService.officialText(officials, d.meta().language(), null).orElse(null);
            out.add(compare(d, vs));
        }
        return out;
    }

    private Optional<Document> counterpart(Document d) {
        for (EventView e : new EventService(workspace).eventsOf(d)) {
            Optional<Document> o = EventService.officialText(e.documents(Role.OFFICIAL), d.meta().language(), null);
            if (o.isPresent() && o.get().id() != d.id()) return o;
        }
        return Optional.empty();
    }

    private Document document(String key) {
        return workspace.store().document(key).orElseThrow(() -> new IllegalArgumentException("no document '" + key + "' (see `tifa docs` for keys)"));
    }
}
