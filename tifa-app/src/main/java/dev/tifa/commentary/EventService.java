package dev.tifa.commentary;

import dev.tifa.app.Workspace;
import dev.tifa.model.Document;
import dev.tifa.model.Kind;
import dev.tifa.model.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Events: create them, add documents in roles, show them, and find the text a commentary means by "the communiqué",
 * "the Decision" or "the document", and the predecessor of an official text in its series.
 */
public final class EventService {
    private final Workspace workspace;
    private final EventStore events;

    public EventService(Workspace workspace) {
        this.workspace = workspace;
        this.events = new EventStore(workspace.database(), workspace.store());
    }

    /** One document added to an event: its role, and whether it was new there. */
    public record Added(Document document, Role role, boolean added) {
    }

    public Event create(String key, String title, LocalDate date) {
        if (key == null || !key.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("event key '" + key + "': use letters, digits, '-', '_' or '.' (e.g. 3p-2031)");
        }
        if (title == null || title.isBlank()) throw new IllegalArgumentException("an event needs a --title");
        return events.create(key, title.strip(), date);
    }

    public Event event(String key) {
        return events.event(key).orElseThrow(() -> new IllegalArgumentException(
                "no event '" + key + "' (create it with `tifa event create " + key + " --title …`; see `tifa event list`)"));
    }

    public List<Event> events() {
        return events.events();
    }

    /** Adds documents to an event; {@code role} null means each document's role follows from its kind. All or none. */
    public List<Added> add(String eventKey, List<String> documentKeys, Role role) {
        Event e = event(eventKey);
        List<EventMember> members = new ArrayList<>();
        for (String k : documentKeys) {
            Document d = workspace.store().document(k).orElseThrow(() -> new IllegalArgumentException(
                    "no document '" + k + "' (see `tifa docs` for keys)"));
            members.add(new EventMember(d, role != null ? role : Role.of(d.meta().kind())));
        }
        List<Boolean> added = events.add(e, members);
        List<Added> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) out.add(new Added(members.get(i).document(), members.get(i).role(), added.get(i)));
        return out;
    }

    /** The event with this key and its documents, if there is one. */
    public Optional<EventView> find(String key) {
        return events.event(key).map(e -> new EventView(e, events.members(e)));
    }

    /** Every event with its documents, by date. */
    public List<EventView> overview() {
        return events.events().stream().map(e -> new EventView(e, events.members(e))).toList();
    }

    public EventView show(String key) {
        Event e = event(key);
        return new EventView(e, events.members(e));
    }

    /** The events a document belongs to, newest first. */
    public List<EventView> eventsOf(Document d) {
        return events.eventsOf(d).stream().map(e -> new EventView(e, events.members(e))).toList();
    }

    /**
     * The official text of the event that a word like "communiqué" (公报), "decision" (决定), "report" (报告) names, in
     * the language asked: the one whose {@code doc-type} attribute or title fits the word, else the longest.
     * Official texts come before resolutions.
     *
     * @param referent the word as {@link dev.tifa.analysis.claims.Claim#referent()} normalises it, or null
     */
    public static Optional<Document> officialText(List<Document> officials, Language language, String referent) {
        List<Document> inLanguage = officials.stream().filter(d -> d.meta().language() == language).toList();
        if (inLanguage.isEmpty()) return Optional.empty();
        List<Document> fitting = inLanguage.stream().filter(d -> fits(d, referent)).toList();
        List<Document> pool = fitting.isEmpty() ? inLanguage : fitting;
        return pool.stream().max(Comparator.comparing((Document d) -> d.meta().kind() == Kind.OFFICIAL || "resolution".equals(referent))
                .thenComparingInt(Document::size));
    }

    /**
     * Other translations (or editions) of the very text chosen: same language, kind, kind of text and date, one of
     * them marked as a translation or edition. A Decision is never "another translation" of a communiqué.
     */
    public static List<Document> otherTranslations(List<Document> officials, Document chosen, String referent) {
        return officials.stream().filter(d -> d.id() != chosen.id() && sameText(d, chosen)).toList();
    }

    /** Two stored versions of one text: translations or editions of it. */
    static boolean sameText(Document a, Document b) {
        var x = a.meta();
        var y = b.meta();
        if (x.language() != y.language() || x.kind() != y.kind()) return false;
        if (!java.util.Objects.equals(x.date(), y.date()) || !java.util.Objects.equals(x.year(), y.year())) return false;
        if (!dev.tifa.app.SeriesNeighbours.textType(a).equals(dev.tifa.app.SeriesNeighbours.textType(b))) return false;
        return version(x) || version(y);
    }

    private static boolean version(dev.tifa.model.DocumentMeta m) {
        return m.attributes().containsKey("translation") || m.attributes().containsKey("edition");
    }

    /** The other official texts (kind official) in the language of {@code chosen}, its own versions left out. */
    public static List<Document> otherTexts(List<Document> officials, Document chosen) {
        return officials.stream().filter(d -> d.id() != chosen.id() && d.meta().language() == chosen.meta().language())
                .filter(d -> d.meta().kind() == Kind.OFFICIAL && !sameText(d, chosen)).toList();
    }

    /** The stored official texts of a session a claim names (十八届三中全会, 十九大), by their cc/plenum or congress attributes. */
    public List<Document> textsOf(dev.tifa.analysis.claims.NamedText named) {
        dev.tifa.store.DocumentFilter official = new dev.tifa.store.DocumentFilter(null, null, List.of(Kind.OFFICIAL), null, null, null, null);
        return workspace.store().documents(official).stream().filter(d -> {
            var a = d.meta().attributes();
            if (named.congress() != null) return String.valueOf(named.congress()).equals(a.get("congress"));
            return String.valueOf(named.cc()).equals(a.get("cc")) && String.valueOf(named.plenum()).equals(a.get("plenum"));
        }).toList();
    }

    static boolean fits(Document d, String referent) {
        if (referent == null || referent.equals("document")) return true;
        String type = d.meta().attributes().getOrDefault("doc-type", "").toLowerCase(Locale.ROOT);
        String title = d.meta().title().toLowerCase(Locale.ROOT);
        return switch (referent) {
            case "communique" -> type.startsWith("communiq") || title.contains("公报") || title.contains("communiqu");
            case "decision" -> type.equals("decision") || title.contains("决定") || title.contains("decision");
            case "report" -> type.contains("report") || title.contains("报告") || title.contains("report");
            case "resolution" -> type.equals("resolution") || d.meta().kind() == Kind.RESOLUTION || title.contains("决议") || title.contains("resolution");
            default -> true;
        };
    }

    /** The official text before this one in its series (see {@link dev.tifa.app.SeriesNeighbours}). */
    public Optional<Document> predecessor(Document d) {
        return new dev.tifa.app.SeriesNeighbours(workspace).predecessor(d);
    }

    /** The official text of the same series, language and kind from a given year (for "up from 15 in 2019"). */
    public Optional<Document> ofYear(Document d, int year) {
        return new dev.tifa.app.SeriesNeighbours(workspace).ofYear(d, year);
    }
}
