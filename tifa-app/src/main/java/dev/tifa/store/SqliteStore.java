package dev.tifa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tifa.model.CleaningSpec;
import dev.tifa.model.Document;
import dev.tifa.model.DocumentMeta;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;
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
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded default: one SQLite file ({@code tifa.db}) in the data directory, its schema versioned by Flyway
 * migrations under {@code db/migration}. Writers take one transaction per call.
 */
public final class SqliteStore implements Store, Database {
    public static final String FILE = "tifa.db";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SQLiteDataSource dataSource;
    private final Connection connection;

    private SqliteStore(SQLiteDataSource dataSource, Connection connection) {
        this.dataSource = dataSource;
        this.connection = connection;
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
                return new SqliteStore(ro, ro.getConnection());
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
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            Connection c = ds.getConnection();
            c.setAutoCommit(true);
            return new SqliteStore(ds, c);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot open the store at " + file + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        try {
            if (!connection.getAutoCommit()) return work.run(connection); // inside a transaction already: join it
        } catch (SQLException e) {
            throw new StoreException("store write failed: " + e.getMessage(), e);
        }
        try {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                // issue 11: SQLite may have rolled back by itself (SQLITE_FULL); the first error is the one to tell
                try {
                    connection.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw new StoreException("store write failed, nothing was changed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Saved> saveAll(List<NewDocument> documents) {
        return inTransaction(c -> {
            Set<String> keys = new HashSet<>(allKeys(c));
            List<Saved> out = new ArrayList<>(documents.size());
            for (NewDocument d : documents) {
                String hash = hash(d.original());
                Optional<Document> existing = findBy(c, "hash = ?", hash);
                if (existing.isPresent()) {
                    out.add(new Saved(existing.get(), true));
                    continue;
                }
                String key = DocumentKeys.propose(d.meta(), keys::contains);
                keys.add(key);
                out.add(new Saved(insert(c, key, d, hash), false));
            }
            return out;
        });
    }

    private Document insert(Connection c, String key, NewDocument d, String hash) throws SQLException {
        DocumentMeta m = d.meta();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO documents (doc_key, title, doc_date, year, series, kind, language, source, attributes,
                                       original, clean, cleaning, hash, imported_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, key);
            ps.setString(2, m.title());
            ps.setString(3, m.date() == null ? null : m.date().toString());
            if (m.year() == null) ps.setNull(4, Types.INTEGER);
            else ps.setInt(4, m.year());
            ps.setString(5, m.series());
            ps.setString(6, m.kind().code());
            ps.setString(7, m.language().code());
            ps.setString(8, m.source());
            ps.setString(9, toJson(m.attributes()));
            ps.setString(10, d.original());
            ps.setString(11, d.clean());
            ps.setString(12, d.cleaning().code());
            ps.setString(13, hash);
            ps.setString(14, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return new Document(rs.getLong(1), key, m, d.original(), d.clean(), hash, d.cleaning());
            }
        }
    }

    @Override
    public synchronized List<Document> documents(DocumentFilter filter) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM documents")) {
            List<Document> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Document d = read(rs);
                    if (filter.test(d)) out.add(d);
                }
            }
            out.sort(dev.tifa.analysis.Trend.CHRONOLOGICAL);
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read documents: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Optional<Document> document(String keyOrId) {
        try {
            Optional<Document> byKey = findBy(connection, "doc_key = ?", keyOrId);
            if (byKey.isPresent() || !keyOrId.matches("\\d{1,18}")) return byKey;
            return findBy(connection, "id = ?", keyOrId);
        } catch (SQLException e) {
            throw new StoreException("cannot read document " + keyOrId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized int count() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM documents");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count documents: " + e.getMessage(), e);
        }
    }

    private static List<String> allKeys(Connection c) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT doc_key FROM documents"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) keys.add(rs.getString(1));
        }
        return keys;
    }

    private static Optional<Document> findBy(Connection c, String where, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM documents WHERE " + where)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Document read(ResultSet rs) throws SQLException {
        String date = rs.getString("doc_date");
        int year = rs.getInt("year");
        Integer y = rs.wasNull() ? null : year;
        DocumentMeta meta = new DocumentMeta(rs.getString("title"), date == null ? null : LocalDate.parse(date), y,
                rs.getString("series"), Kind.parse(rs.getString("kind")), Language.parse(rs.getString("language")),
                rs.getString("source"), fromJson(rs.getString("attributes")));
        return new Document(rs.getLong("id"), rs.getString("doc_key"), meta, rs.getString("original"),
                rs.getString("clean"), rs.getString("hash"), CleaningSpec.parse(rs.getString("cleaning")));
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

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
    }
}
