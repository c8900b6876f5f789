package dev.tifa.app;

import dev.tifa.analysis.collocates.CollocateTable;
import dev.tifa.analysis.collocates.Collocates;
import dev.tifa.model.Document;
import dev.tifa.model.Language;
import dev.tifa.store.DocumentFilter;
import dev.tifa.text.segment.Token;
import dev.tifa.text.segment.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/** Collocates of a formulation over a selection (one language at a time), and between two editions. */
public final class CollocateService {
    private final Workspace workspace;

    public CollocateService(Workspace workspace) {
        this.workspace = workspace;
    }

    public CollocateTable collocates(Query query, List<Document> docs, int left, int right, int minObserved) {
        Language lang = language(docs);
        Tokenizer tokenizer = Tokenizer.forLanguage(lang, workspace.glossary());
        List<Collocates.Sample> samples = new ArrayList<>();
        for (Document d : docs) {
            List<Token> tokens = new ArrayList<>();
            tokenizer.clauses(d.clean()).forEach(tokens::addAll);
            samples.add(new Collocates.Sample(tokens, query.hits(d)));
        }
        return new Collocates(left, right).of(samples, minObserved);
    }

    public CollocateTable collocates(Query query, DocumentFilter filter, int left, int right, int minObserved) {
        return collocates(query, workspace.store().documents(filter), left, right, minObserved);
    }

    /** The selection's language; mixing Chinese and English would mix two vocabularies in one ranking. */
    static Language language(List<Document> docs) {
        List<Language> langs = docs.stream().map(d -> d.meta().language()).distinct().toList();
        if (langs.size() > 1) throw new IllegalArgumentException("the selection mixes Chinese and English documents: choose one with --lang");
        return langs.isEmpty() ? Language.ZH : langs.get(0);
    }
}
