package dev.tifa.commentary;

import dev.tifa.model.Document;
import dev.tifa.model.Language;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An event with its documents, for {@code tifa event show} and the event page. */
public record EventView(Event event, List<EventMember> members) {
    public EventView {
        members = List.copyOf(members);
    }

    /** Documents by role (official, commentary, preview) and language, each list in date order. */
    public Map<Role, Map<Language, List<Document>>> grouped() {
        Map<Role, Map<Language, List<Document>>> out = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            Map<Language, List<Document>> byLang = new TreeMap<>();
            for (EventMember m : members) {
                if (m.role() != r) continue;
                byLang.computeIfAbsent(m.document().meta().language(), k -> new java.util.ArrayList<>()).add(m.document());
            }
            byLang.replaceAll((k, v) -> v.stream().sorted(dev.tifa.analysis.Trend.CHRONOLOGICAL).toList());
            if (!byLang.isEmpty()) out.put(r, byLang);
        }
        return out;
    }

    public List<Document> documents(Role role) {
        return members.stream().filter(m -> m.role() == role).map(EventMember::document).toList();
    }

    public List<Document> documents(Role role, Language language) {
        return documents(role).stream().filter(d -> d.meta().language() == language).toList();
    }
}
