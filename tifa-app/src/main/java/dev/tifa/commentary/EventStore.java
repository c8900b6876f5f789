package dev.tifa.commentary;

import dev.tifa.model.Document;
import dev.tifa.store.Database;
import dev.tifa.store.Store;
import dev.tifa.store.StoreException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Events and their documents in the shared database (tables {@code events}, {@code event_documents}). */
public final class EventStore {
    private final Database db;
    private final Store documents;

    public EventStore(Database db, Store documents) {
        this.db = db;
        this.documents = documents;
    }

    public Event create(String key, String title, LocalDate date) {
        return db.inTransaction(c -> {
            if (find(c, key).isPresent()) throw new IllegalArgumentException("event '" + key + "' exists already (see `tifa event show " + key + "`)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (event_key, title, event_date, created_at) VALUES (?,?,?,?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, key);
                ps.setString(2, title);
                ps.setString(3, date == null ? null : date.toString());
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    return new Event(rs.getLong(1), key, title, date);
                }
            }
        });
    }

    public Optional<Event> event(String key) {
        try {
            return find(db.connection(), key);
        } catch (SQLException e) {
            throw new StoreException("cannot read event " + key + ": " + e.getMessage(), e);
        }
    }

    public List<Event> events() {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT * FROM events ORDER BY event_date, event_key");
             ResultSet rs = ps.executeQuery()) {
            List<Event> out = new ArrayList<>();
            while (rs.next()) out.add(read(rs));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read events: " + e.getMessage(), e);
        }
    }

    /** Adds (or re-roles) documents; all or none. Returns true for each document that was not in the event before. */
    public List<Boolean> add(Event event, List<EventMember> members) {
        return db.inTransaction(c -> {
            List<Boolean> added = new ArrayList<>();
            for (EventMember m : members) {
                boolean existed;
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM event_documents WHERE event_id = ? AND document_id = ?")) {
                    ps.setLong(1, event.id());
                    ps.setLong(2, m.document().id());
                    try (ResultSet rs = ps.executeQuery()) {
                        existed = rs.next();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(existed
                        ? "UPDATE event_documents SET role = ? WHERE event_id = ? AND document_id = ?"
                        : "INSERT INTO event_documents (role, event_id, document_id, added_at) VALUES (?,?,?,?)")) {
                    ps.setString(1, m.role().code());
                    ps.setLong(2, event.id());
                    ps.setLong(3, m.document().id());
                    if (!existed) ps.setString(4, Instant.now().toString());
                    ps.executeUpdate();
                }
                added.add(!existed);
            }
            return added;
        });
    }

    public List<EventMember> members(Event event) {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT d.doc_key, e.role FROM event_documents e JOIN documents d ON d.id = e.document_id WHERE e.event_id = ? ORDER BY d.id")) {
            ps.setLong(1, event.id());
            List<EventMember> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    Document d = documents.document(key).orElseThrow(() -> new StoreException("document " + key + " vanished"));
                    out.add(new EventMember(d, Role.parse(rs.getString(2))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the documents of event " + event.key() + ": " + e.getMessage(), e);
        }
    }

    /** The events a document belongs to, newest first. */
    public List<Event> eventsOf(Document d) {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT ev.* FROM events ev JOIN event_documents e ON e.event_id = ev.id WHERE e.document_id = ? ORDER BY ev.event_date DESC, ev.id DESC")) {
            ps.setLong(1, d.id());
            List<Event> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read events of " + d.key() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Event> find(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM events WHERE event_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Event read(ResultSet rs) throws SQLException {
        String date = rs.getString("event_date");
        return new Event(rs.getLong("id"), rs.getString("event_key"), rs.getString("title"), date == null ? null : LocalDate.parse(date));
    }
}
