package dev.tifa.app;

import dev.tifa.analysis.audit.FormCuts;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.segment.ChineseSegmenter;

import java.util.List;

/**
 * The glossary's short Chinese forms against the stored texts: where a word segmentation that does not know the
 * glossary cuts through them ({@link FormCuts}), the candidates for a concept's {@code except:} list. Reads the
 * selected Chinese texts one at a time.
 */
public final class GlossaryAudit {
    private final Workspace workspace;

    public GlossaryAudit(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * @param maxLength the longest forms looked at
     * @param minCut    the fewest cut places a form must have to be listed
     * @param minShare  the smallest share of its places that must be cut (0–1)
     */
    public List<FormCuts.FormCut> cuts(DocumentFilter filter, int maxLength, int minCut, double minShare) {
        FormCuts cuts = new FormCuts(new ChineseSegmenter(List.of()), workspace.glossary().concepts(), maxLength);
        workspace.store().forEachDocument(filter.withLanguage(Language.ZH), d -> cuts.add(d.clean()));
        return cuts.results(minCut, minShare);
    }
}
