package dev.tifa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tifa.analysis.FormTally;
import dev.tifa.model.CleaningSpec;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentInfo;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
import dev.tifa.model.TextSize;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The embedded default: one SQLite file ({@code tifa.db}) in the data directory, its schema versioned by Flyway
 * migrations under {@code db/migration}.
 *
 * <p>Connections: reads run in parallel, each thread on its own read connection (WAL: readers never wait for the
 * writer and see the last committed state). Writes go through one writer connection, one thread at a time, in
 * {@code BEGIN IMMEDIATE} transactions with a busy timeout, so that a second process importing at the same time
 * waits for the first one's transaction instead of failing.
 */
public final class SqliteStore implements Store, Database {
    public static final String FILE = "tifa.db";
    /** How long a writer waits for another process's write transaction before giving up. */
    private static final int WRITE_WAIT_MS = 120_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WITH_TEXTS = "SELECT d.*, x.original, x.clean FROM documents d JOIN document_texts x ON x.document_id = d.id WHERE ";

    private final Path file;
    private final SQLiteDataSource readSource;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Set<Connection> readers = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Connection> reader = new ThreadLocal<>();
    private volatile boolean closed;
    /** This session found the store sound before writing: it stamps the store as such when it closes. */
    private volatile boolean checkedForWriting;
    /** This session committed a write: the planner's statistics may need refreshing when it closes. */
    private volatile boolean wrote;

    private SqliteStore(Path file, SQLiteDataSource readSource, Connection writer) {
        this.file = file;
        this.readSource = readSource;
        this.writer = writer;
    }

    /** Opens (creating if needed) the store in {@code dataDir} and brings its schema up to date. */
    public static SqliteStore open(Path dataDir) {
        // --- store safety (issue 11): a damaged file is refused, a read-only store is opened without migrating ---
        StoreFile.damage(dataDir.resolve(FILE)).ifPresent(damage -> {
            throw new StoreException(damage);
        });
        if (ReadOnlyOpen.needed(dataDir, dataDir.resolve(FILE))) {
            try {
                SQLiteDataSource ro = ReadOnlyOpen.dataSource(dataDir, dataDir.resolve(FILE));
                return new SqliteStore(dataDir.resolve(FILE), ro, ro.getConnection());
            } catch (SQLException | RuntimeException e) {
                if (e instanceof StoreException se) throw se;
                throw new StoreException("cannot open the read-only store at " + dataDir.resolve(FILE) + ": " + rootMessage(e), e);
            }
        }
        // --- end store safety ---
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Path file = dataDir.resolve(FILE);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        try {
            migrate(url);
            SQLiteConfig w = config(WRITE_WAIT_MS);
            w.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            w.setCacheSize(-65_536); // 64 MB for bulk loads
            Connection writer = source(url, w).getConnection();
            writer.setAutoCommit(true);
            SqliteStore store = new SqliteStore(file, source(url, config(10_000)), writer);
            store.fillSizes();
            return store;
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot open the store at " + file + ": " + rootMessage(e), e);
        }
    }

    private static SQLiteConfig config(int busyMs) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL in WAL mode: a crash of the process loses nothing committed; only a power cut may lose the last commits
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setBusyTimeout(busyMs);
        return config;
    }

    private static SQLiteDataSource source(String url, SQLiteConfig config) {
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    /**
     * Migrations run with foreign keys off (a table rebuild, V3, must not cascade its DROP to the tables that refer to
     * it) and in {@code BEGIN IMMEDIATE} transactions, so that two processes opening a new store take turns; the one
     * that finds its snapshot outdated tries again and finds the work done.
     */
    private static void migrate(String url) {
        if (current(url)) return;
        SQLiteConfig m = new SQLiteConfig();
        m.setJournalMode(SQLiteConfig.JournalMode.WAL);
        m.setBusyTimeout(WRITE_WAIT_MS);
        m.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        for (int attempt = 1; ; attempt++) {
            try {
                Flyway.configure().dataSource(source(url, m)).locations("classpath:db/migration").load().migrate();
                return;
            } catch (RuntimeException e) {
                if (attempt == 3 || !rootMessage(e).contains("SQLITE_BUSY")) throw e;
            }
        }
    }

    /** The newest schema version this Tifa has (the highest {@code V<n>__} in db/migration; a test keeps them equal). */
    static final int SCHEMA_VERSION = 9;

    /**
     * True when the store's schema is already at {@link #SCHEMA_VERSION}: Flyway is then not started at all (loading
     * and scanning its migrations costs more than many a question asked of the store: 0.6 s of a command's 1.5 s).
     */
    private static boolean current(String url) {
        try (Connection c = java.sql.DriverManager.getConnection(url);
             PreparedStatement ps = c.prepareStatement("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getInt(1) >= SCHEMA_VERSION;
        } catch (SQLException e) {
            return false; // a new store, or no history yet: Flyway decides
        }
    }

    /** Documents stored before sizes were kept get theirs, once, one document at a time. */
    private void fillSizes() throws SQLException {
        List<long[]> todo = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("SELECT d.id, x.clean, d.language FROM documents d JOIN document_texts x ON x.document_id = d.id WHERE d.size < 0");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) todo.add(new long[]{rs.getLong(1), TextSize.of(rs.getString(2), Language.parse(rs.getString(3)))});
        }
        if (todo.isEmpty()) return;
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET size = ? WHERE id = ?")) {
                for (long[] t : todo) {
                    ps.setLong(1, t[1]);
                    ps.setLong(2, t[0]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The writer inside this thread's transaction, else this thread's own read connection. */
    @Override
    public Connection connection() {
        if (writeLock.isHeldByCurrentThread()) return writer;
        Connection c = reader.get();
        try {
            if (c == null || c.isClosed()) {
                if (closed) throw new StoreException("the store at " + file + " is closed");
                c = readSource.getConnection();
                reader.set(c);
                readers.add(c);
            }
            return c;
        } catch (SQLException e) {
            throw new StoreException("cannot read the store at " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        if (writeLock.isHeldByCurrentThread()) { // inside a transaction already: join it
            try {
                return work.run(writer);
            } catch (SQLException e) {
                throw new StoreException("store write failed: " + e.getMessage(), e);
            }
        }
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            T result;
            try {
                result = work.run(writer);
                writer.commit();
                wrote = true;
            } catch (SQLException | RuntimeException | Error e) {
                // SQLite may have rolled back by itself (SQLITE_FULL): the first error is the one to tell
                try {
                    writer.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                try {
                    writer.setAutoCommit(true);
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
            writer.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw new StoreException("store write failed, nothing was changed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public List<Saved> saveAll(List<NewDocument> documents) {
        return saveAll(documents, null);
    }

    @Override
    public List<Saved> saveAll(List<NewDocument> documents, List<List<FormTally>> tallies) {
        return inTransaction(c -> {
            List<Saved> out = new ArrayList<>(documents.size());
            for (int i = 0; i < documents.size(); i++) {
                NewDocument d = documents.get(i);
                String hash = hash(d.original());
                String identity = DocumentIdentity.of(d.meta(), hash);
                Optional<Document> existing = findBy(c, "identity = ?", identity);
                if (existing.isPresent()) {
                    out.add(new Saved(existing.get(), true));
                    continue;
                }
                String key = DocumentKeys.propose(d.meta(), k -> keyTaken(c, k));
                List<FormTally> t = tallies == null ? null : tallies.get(i);
                Document saved = insert(c, key, d, hash, identity, t != null);
                if (t != null) TallyTable.insert(c, saved.id(), t);
                out.add(new Saved(saved, false));
            }
            return out;
        });
    }

    private static boolean keyTaken(Connection c, String key) {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE doc_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read keys: " + e.getMessage(), e);
        }
    }

    private Document insert(Connection c, String key, NewDocument d, String hash, String identity, boolean tallied) throws SQLException {
        DocumentMeta m = d.meta();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO documents (doc_key, title, doc_date, year, series, kind, language, source, attributes,
                                       cleaning, hash, imported_at, identity, size, tallied)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, key);
            bindMeta(ps, m);
            ps.setString(10, d.cleaning().code());
            ps.setString(11, hash);
            ps.setString(12, Instant.now().toString());
            ps.setString(13, identity);
            ps.setInt(14, d.clean() == null ? 0 : TextSize.of(d.clean(), m.language())); // a null text fails below, as SQL
            ps.setInt(15, tallied ? 1 : 0);
            ps.executeUpdate();
            long id;
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement t = c.prepareStatement("INSERT INTO document_texts (document_id, original, clean) VALUES (?,?,?)")) {
                t.setLong(1, id);
                t.setString(2, d.original());
                t.setString(3, d.clean());
                t.executeUpdate();
            }
            return new Document(id, key, m, d.original(), d.clean(), hash, d.cleaning());
        }
    }

    @Override
    public List<Document> documents(DocumentFilter filter) {
        List<Document> out = new ArrayList<>();
        forEachDocument(filter, out::add);
        return out;
    }

    @Override
    public void forEachDocument(DocumentFilter filter, Consumer<Document> action) {
        DocumentQuery q = DocumentQuery.of(filter);
        try (PreparedStatement ps = connection().prepareStatement(WITH_TEXTS + q.where() + DocumentQuery.ORDER)) {
            q.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) action.accept(read(rs));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }

    @Override
    public void forEachDocument(DocumentFilter filter, Set<Long> ids, Consumer<Document> action) {
        DocumentQuery q = DocumentQuery.of(filter);
        List<Long> ordered = new ArrayList<>();
        try {
            if (ids.size() <= FEW) {
                // few candidates: put just them in order, never the whole selection
                List<Long> all = new ArrayList<>(ids);
                for (int i = 0; i < all.size(); i += 500) {
                    List<Long> chunk = all.subList(i, Math.min(all.size(), i + 500));
                    String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                    try (PreparedStatement ps = connection().prepareStatement("SELECT d.id FROM documents d NOT INDEXED WHERE d.id IN (" + marks + ") AND "
                            + q.where() + DocumentQuery.ORDER)) {
                        for (int k = 0; k < chunk.size(); k++) ps.setLong(k + 1, chunk.get(k));
                        q.bind(ps, chunk.size() + 1);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) ordered.add(rs.getLong(1));
                        }
                    }
                }
                if (all.size() > 500) ordered = order(ordered);
            } else {
                try (PreparedStatement ps = connection().prepareStatement("SELECT d.id FROM documents d WHERE " + q.where() + DocumentQuery.ORDER)) {
                    q.bind(ps, 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) if (ids.contains(rs.getLong(1))) ordered.add(rs.getLong(1));
                    }
                }
            }
            readInOrder(ordered, action);
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }

    /** The documents of {@code ordered} with their texts, in that order, a chunk of texts in memory at a time. */
    private void readInOrder(List<Long> ordered, Consumer<Document> action) throws SQLException {
        // small first chunks: a first page of passages that stops early has read few texts
        for (int i = 0, step = 16; i < ordered.size(); i += step, step = Math.min(200, step * 2)) {
            List<Long> chunk = ordered.subList(i, Math.min(ordered.size(), i + step));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement t = connection().prepareStatement(WITH_TEXTS + "d.id IN (" + marks + ")")) {
                for (int k = 0; k < chunk.size(); k++) t.setLong(k + 1, chunk.get(k));
                java.util.Map<Long, Document> byId = new java.util.HashMap<>();
                try (ResultSet rs = t.executeQuery()) {
                    while (rs.next()) byId.put(rs.getLong("id"), read(rs));
                }
                for (Long id : chunk) {
                    Document d = byId.get(id);
                    if (d != null) action.accept(d); // none: counted on a cluster, its text is not here (ExternalDocuments)
                }
            }
        }
    }

    /**
     * The candidates put in order by one query (their ids as a JSON array joined to the documents: 80,000 of them in
     * a few hundred milliseconds, where steps of 500 cost seconds), then read as {@link #readInOrder}. CROSS JOIN keeps
     * the ids the outer loop: otherwise SQLite may walk the whole chronological index and search the array per row.
     */
    @Override
    public void forEachCandidate(DocumentFilter filter, Set<Long> ids, Consumer<Document> action) {
        DocumentQuery q = DocumentQuery.of(filter);
        StringBuilder json = new StringBuilder(ids.size() * 8 + 2).append('[');
        for (Long id : ids) json.append(json.length() > 1 ? "," : "").append(id);
        json.append(']');
        List<Long> ordered = new ArrayList<>(ids.size());
        try (PreparedStatement ps = connection().prepareStatement("SELECT d.id FROM json_each(?) j CROSS JOIN documents d ON d.id = j.value WHERE "
                + q.where() + DocumentQuery.ORDER)) {
            ps.setString(1, json.toString());
            q.bind(ps, 2);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ordered.add(rs.getLong(1));
            }
            readInOrder(ordered, action);
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }

    /**
     * Up to this many candidates are ordered by themselves (a lookup per 500); more are picked from the ordered
     * selection (a walk over all of it: at 750,000 news items that walk costs more than ordering 50,000 ids).
     */
    private static final int FEW = 50_000;

    /** Ids in chronological order (as {@link DocumentQuery#ORDER}: day, undated last, Chinese first, key). */
    private List<Long> order(List<Long> ids) throws SQLException {
        java.util.Map<Long, String> key = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = connection().prepareStatement("SELECT d.id, " + DocumentQuery.DAY + ", d.language, d.doc_key FROM documents d WHERE d.id IN (" + marks + ")")) {
                for (int k = 0; k < chunk.size(); k++) ps.setLong(k + 1, chunk.get(k));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String day = rs.getString(2);
                        key.put(rs.getLong(1), (day == null ? "1" : "0" + day) + '\u0000' + ("en".equals(rs.getString(3)) ? "1" : "0")
                                + '\u0000' + rs.getString(4) + '\u0000' + String.format("%019d", rs.getLong(1)));
                    }
                }
            }
        }
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(java.util.Comparator.comparing(key::get));
        return sorted;
    }

    @Override
    public void forEachText(long afterId, Consumer<Map.Entry<Long, String>> action) {
        try (PreparedStatement ps = connection().prepareStatement(
                "SELECT document_id, clean FROM document_texts WHERE document_id > ? ORDER BY document_id")) {
            ps.setLong(1, afterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) action.accept(Map.entry(rs.getLong(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }

    @Override
    public long[] idRange() {
        try (PreparedStatement ps = connection().prepareStatement("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM documents");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[]{rs.getLong(1), rs.getLong(2)};
        } catch (SQLException e) {
            throw new StoreException("cannot count documents: " + e.getMessage(), e);
        }
    }

    @Override
    public List<DocumentInfo> infos(DocumentFilter filter) {
        return infos(filter, 0, -1);
    }

    @Override
    public List<DocumentInfo> infos(DocumentFilter filter, Set<Long> ids) {
        DocumentQuery q = DocumentQuery.of(filter);
        java.util.Map<Long, DocumentInfo> found = new java.util.HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        try {
            for (int i = 0; i < all.size(); i += 500) {
                List<Long> chunk = all.subList(i, Math.min(all.size(), i + 500));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                // NOT INDEXED: by rowid, never through an index of the filter (which would walk all 750,000 news items)
                try (PreparedStatement ps = connection().prepareStatement("SELECT " + DocumentQuery.META_COLUMNS
                        + " FROM documents d NOT INDEXED WHERE d.id IN (" + marks + ") AND " + q.where())) {
                    for (int k = 0; k < chunk.size(); k++) ps.setLong(k + 1, chunk.get(k));
                    q.bind(ps, chunk.size() + 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            DocumentInfo d = readInfo(rs);
                            found.put(d.id(), d);
                        }
                    }
                }
            }
            List<DocumentInfo> out = new ArrayList<>(found.values());
            out.sort(DocumentInfo.CHRONOLOGICAL); // the order of DocumentQuery.ORDER, from what was read
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }

    @Override
    public List<DocumentInfo> infos(DocumentFilter filter, int offset, int limit) {
        DocumentQuery q = DocumentQuery.of(filter);
        String sql = "SELECT " + DocumentQuery.META_COLUMNS + " FROM documents d WHERE " + q.where() + DocumentQuery.ORDER
                + " LIMIT ? OFFSET ?";
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            int i = q.bind(ps, 1);
            ps.setInt(i, limit);
            ps.setInt(i + 1, Math.max(0, offset));
            List<DocumentInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(readInfo(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Document> document(String keyOrId) {
        try {
            Connection c = connection();
            Optional<Document> byKey = findBy(c, "doc_key = ?", keyOrId);
            if (byKey.isPresent() || !keyOrId.matches("\\d{1,18}")) return byKey;
            return findBy(c, "id = ?", keyOrId);
        } catch (SQLException e) {
            throw new StoreException("cannot read document " + keyOrId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public int count() {
        return count(DocumentFilter.all());
    }

    @Override
    public Map<Language, Integer> countByLanguage(DocumentFilter filter) {
        DocumentQuery v = DocumentQuery.ofVolumes(filter);
        DocumentQuery q = v != null ? v : DocumentQuery.of(filter);
        Map<Language, Integer> out = new java.util.EnumMap<>(Language.class);
        try (PreparedStatement ps = connection().prepareStatement(v != null
                ? "SELECT v.language, SUM(v.documents) FROM day_volumes v WHERE " + q.where() + " GROUP BY v.language"
                : "SELECT d.language, COUNT(*) FROM documents d WHERE " + q.where() + " GROUP BY d.language")) {
            q.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(Language.parse(rs.getString(1)), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count documents: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public int count(DocumentFilter filter) {
        DocumentQuery v = DocumentQuery.ofVolumes(filter); // the kept sums (V9) where the filter allows: no scan
        DocumentQuery q = v != null ? v : DocumentQuery.of(filter);
        try (PreparedStatement ps = connection().prepareStatement(v != null
                ? "SELECT COALESCE(SUM(v.documents), 0) FROM day_volumes v WHERE " + q.where()
                : "SELECT COUNT(*) FROM documents d WHERE " + q.where())) {
            q.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count documents: " + e.getMessage(), e);
        }
    }

    private static Optional<Document> findBy(Connection c, String where, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(WITH_TEXTS + "d." + where)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static DocumentMeta readMeta(ResultSet rs) throws SQLException {
        String date = rs.getString("doc_date");
        int year = rs.getInt("year");
        Integer y = rs.wasNull() ? null : year;
        return new DocumentMeta(rs.getString("title"), date == null ? null : LocalDate.parse(date), y,
                rs.getString("series"), Kind.parse(rs.getString("kind")), Language.parse(rs.getString("language")),
                rs.getString("source"), fromJson(rs.getString("attributes")));
    }

    static DocumentInfo readInfo(ResultSet rs) throws SQLException {
        return new DocumentInfo(rs.getLong("id"), rs.getString("doc_key"), readMeta(rs), rs.getInt("size"));
    }

    private static Document read(ResultSet rs) throws SQLException {
        return new Document(rs.getLong("id"), rs.getString("doc_key"), readMeta(rs), rs.getString("original"),
                rs.getString("clean"), rs.getString("hash"), CleaningSpec.parse(rs.getString("cleaning")));
    }

    /** The metadata columns of an INSERT into documents, parameters 2 (title) to 9 (attributes). */
    static void bindMeta(PreparedStatement ps, DocumentMeta m) throws SQLException {
        ps.setString(2, m.title());
        ps.setString(3, m.date() == null ? null : m.date().toString());
        if (m.year() == null) ps.setNull(4, Types.INTEGER);
        else ps.setInt(4, m.year());
        ps.setString(5, m.series());
        ps.setString(6, m.kind().code());
        ps.setString(7, m.language().code());
        ps.setString(8, m.source());
        ps.setString(9, toJson(m.attributes()));
    }

    static String hash(String original) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(original.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(attributes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new StoreException("corrupt attributes in store: " + json, e);
        }
    }

    // --- store generation (issue 11 item 10): what a cache of answers is keyed by ---
    private final Object watchLock = new Object();
    private Connection watch;

    /**
     * A number that changes whenever a write is committed to this store, by this process or another one (SQLite's
     * {@code PRAGMA data_version}, read on a connection of its own that never writes: it changes for every commit made
     * by any other connection). Equal numbers mean nothing was committed in between, so an answer computed at one
     * generation may be served again at the same one.
     */
    public long generation() {
        synchronized (watchLock) {
            try {
                if (watch == null || watch.isClosed()) {
                    if (closed) throw new StoreException("the store at " + file + " is closed");
                    watch = readSource.getConnection();
                    readers.add(watch); // closed with the store
                }
                try (Statement s = watch.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new StoreException("cannot read the store at " + file + ": " + e.getMessage(), e);
            }
        }
    }
    // --- end store generation ---

    @Override
    public void close() {
        closed = true;
        try {
            for (Connection c : readers) c.close();
            readers.clear();
            writeLock.lock();
            try {
                if (wrote) refreshStatistics();
                writer.close();
            } finally {
                writeLock.unlock();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
        if (checkedForWriting) SoundStamp.record(file); // after the close: the last checkpoint has written the file
    }

    /**
     * Lets SQLite refresh the statistics its planner chooses indexes by, where a table grew much since they were taken
     * (sampled: milliseconds). Without them, at 750,000 news items it walks every item of a series to join the few
     * thousand tallies of one concept (0.5 s instead of 10 ms). Statistics never change an answer, only its speed.
     */
    private void refreshStatistics() {
        try (java.sql.Statement st = writer.createStatement()) {
            st.execute("PRAGMA analysis_limit = 1000");
            st.execute("PRAGMA optimize = 0x10002");
        } catch (SQLException e) {
            // a full disk or a busy store: the next write's close tries again
        }
    }

    @Override
    public void requireSoundForWriting() {
        if (checkedForWriting) return;
        inTransaction(c -> {
            StoreHealth.requireSoundForWriting(c, file);
            return null;
        });
        checkedForWriting = true;
    }
}
