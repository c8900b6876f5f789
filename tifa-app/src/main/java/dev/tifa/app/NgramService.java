package dev.tifa.app;

import dev.tifa.analysis.lists.Ngram;
import dev.tifa.analysis.lists.NgramList;
import dev.tifa.model.Document;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.segment.Tokenizer;

import java.util.List;

/** Word n-grams (clusters) of a selection with frequency and range. */
public final class NgramService {
    private final Workspace workspace;

    public NgramService(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Ngram> ngrams(DocumentFilter filter, int min, int max, int minFrequency, int minRange, int limit) {
        List<Document> docs = workspace.store().documents(filter);
        Language lang = CollocateService.language(docs);
        Tokenizer tokenizer = Tokenizer.forLanguage(lang, workspace.glossary());
        NgramList list = new NgramList(min, max, lang == Language.ZH ? "" : " ");
        for (Document d : docs) list.add(tokenizer.clauses(d.clean()));
        return list.top(minFrequency, minRange, limit);
    }
}
