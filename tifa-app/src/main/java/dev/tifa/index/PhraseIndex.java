package dev.tifa.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.index.StoredFields;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A Lucene index of the stored documents' cleaned texts as character grams ({@link CharGrams}), kept in
 * {@code index/} in the data directory. It narrows an ad-hoc phrase to the documents that may hold it; the exact
 * matcher then decides every count on those texts, so numbers stay those of a full scan. Document ids only grow,
 * so the index is brought up to date by adding the documents stored since its last commit.
 */
public final class PhraseIndex implements AutoCloseable {
    private static final String ID = "id";
    private static final String GRAMS = "grams";
    private static final String LAST_ID = "last-id";
    private static final String COUNT = "count";

    private final CharGrams analyzer = new CharGrams();
    private final Directory directory;
    private DirectoryReader reader;

    private PhraseIndex(Directory directory) {
        this.directory = directory;
    }

    public static PhraseIndex open(Path folder) {
        try {
            return new PhraseIndex(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the phrase index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The last document id and the number of documents indexed (0, 0 for none). */
    public synchronized long[] state() {
        try {
            if (!DirectoryReader.indexExists(directory)) return new long[]{0, 0};
            Map<String, String> data = DirectoryReader.listCommits(directory).get(DirectoryReader.listCommits(directory).size() - 1).getUserData();
            return new long[]{Long.parseLong(data.getOrDefault(LAST_ID, "0")), Long.parseLong(data.getOrDefault(COUNT, "0"))};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the phrase index: " + e.getMessage(), e);
        }
    }

    /**
     * Adds documents (id, cleaned text), given in id order, and commits.
     *
     * @param fresh  start again from an empty index (the store lost documents since it was built)
     * @param source calls its argument once per document
     */
    public synchronized void add(boolean fresh, Consumer<Consumer<Map.Entry<Long, String>>> source) {
        long[] before = fresh ? new long[]{0, 0} : state();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        try (IndexWriter w = new IndexWriter(directory, config)) {
            long[] last = {before[0], before[1]};
            source.accept(e -> {
                Document d = new Document();
                d.add(new LongPoint(ID, e.getKey()));
                d.add(new StoredField(ID, e.getKey()));
                d.add(new TextField(GRAMS, e.getValue(), Field.Store.NO));
                try {
                    w.addDocument(d);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
                last[0] = Math.max(last[0], e.getKey());
                last[1]++;
            });
            w.setLiveCommitData(Map.of(LAST_ID, Long.toString(last[0]), COUNT, Long.toString(last[1])).entrySet());
            w.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the phrase index: " + e.getMessage(), e);
        }
        reader = null;
    }

    /**
     * Ids of the documents that may hold one of {@code patterns} (strings as the matcher holds them: lower case,
     * hyphens as spaces): every document that holds one is among them.
     */
    public Set<Long> candidates(Collection<String> patterns) {
        Query q = anyOf(patterns);
        return q == null ? null : search(q);
    }

    /**
     * Ids of the documents that may hold one of each group's patterns (e.g. 坚持 and 不动摇 of a pattern 坚持…不动摇):
     * the intersection is made in the index, so that a common word costs nothing beyond the documents that hold
     * them all. A group with nothing to narrow by is left out; null when no group narrows.
     */
    public Set<Long> candidatesOfAll(Collection<? extends Collection<String>> groups) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int narrowing = 0;
        for (Collection<String> g : groups) {
            Query q = anyOf(g);
            if (q == null) continue;
            all.add(q, BooleanClause.Occur.FILTER);
            narrowing++;
        }
        return narrowing == 0 ? null : search(all.build());
    }

    /** Documents holding every gram of one of {@code patterns}; null when one of them has none to narrow by. */
    private Query anyOf(Collection<String> patterns) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String p : patterns) {
            Set<String> grams = analyzer.required(p);
            if (grams.isEmpty()) return null; // nothing to narrow by (a phrase of punctuation): every document
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String g : grams) all.add(new TermQuery(new Term(GRAMS, g)), BooleanClause.Occur.FILTER);
            any.add(all.build(), BooleanClause.Occur.SHOULD);
        }
        return patterns.isEmpty() ? new MatchNoDocsQuery() : any.build();
    }

    private Set<Long> search(Query q) {
        // the reader is swapped under the lock; searches run side by side on it, each holding a reference so that a
        // swap by another thread closes the old reader only once they are done with it (Lucene's reference count)
        DirectoryReader searched;
        try {
            synchronized (this) {
                if (reader == null) {
                    if (!DirectoryReader.indexExists(directory)) return Set.of();
                    reader = DirectoryReader.open(directory);
                } else {
                    // another process (an import beside a server) may have added documents since
                    DirectoryReader newer = DirectoryReader.openIfChanged(reader);
                    if (newer != null) {
                        reader.close();
                        reader = newer;
                    }
                }
                searched = reader;
                searched.incRef();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the phrase index: " + e.getMessage(), e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(searched);
            Set<Long> ids = new HashSet<>();
            searcher.search(q, new SimpleCollector() {
                private StoredFields stored;

                @Override
                protected void doSetNextReader(LeafReaderContext context) throws IOException {
                    stored = context.reader().storedFields();
                }

                @Override
                public void collect(int doc) throws IOException {
                    ids.add(stored.document(doc).getField(ID).numericValue().longValue());
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            });
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the phrase index: " + e.getMessage(), e);
        } finally {
            try {
                searched.decRef();
            } catch (IOException e) {
                // closing a reader nobody uses any more: nothing is lost if it fails
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (reader != null) reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
