package dev.tifa.app;

import dev.tifa.analysis.compare.CompareOptions;
import dev.tifa.analysis.compare.Comparer;
import dev.tifa.analysis.compare.Comparison;
import dev.tifa.analysis.diff.DiffOptions;
import dev.tifa.analysis.diff.Differ;
import dev.tifa.analysis.diff.DocumentDiff;
import dev.tifa.model.Document;

/**
 * What changed between two stored documents: their formulations, themes and key words (compare), and their
 * passages side by side (diff). A is the older text, B the newer.
 */
public final class ChangeService {
    private final Workspace workspace;

    public ChangeService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** @throws IllegalArgumentException when the two are not in one language */
    public Comparison compare(Document a, Document b, CompareOptions options) {
        return new Comparer(workspace.glossary(), options).compare(a, b);
    }

    public DocumentDiff diff(Document a, Document b, DiffOptions options) {
        return Differ.diff(a, b, options);
    }
}
