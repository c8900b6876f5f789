package dev.tifa.cli;

import dev.tifa.app.Workspace;
import dev.tifa.commentary.Event;
import dev.tifa.commentary.EventService;
import dev.tifa.commentary.EventView;
import dev.tifa.commentary.Role;
import dev.tifa.model.Document;
import dev.tifa.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "event", mixinStandardHelpOptions = true,
        description = "Events (a plenum, congress, session): their official texts, and the commentary and previews about them.",
        subcommands = {EventCommand.Create.class, EventCommand.Add.class, EventCommand.Show.class, EventCommand.ListEvents.class})
public final class EventCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an event.")
    static final class Create implements Callable<Integer> {
        @Mixin DataOption data;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "KEY", description = "Short handle, e.g. 3p-2031.") String key;
        @Option(names = "--title", required = true, description = "e.g. \"Third Plenum of the 21st Central Committee\".") String title;
        @Option(names = "--date", description = "yyyy-mm-dd.") LocalDate date;

        @Override
        public Integer call() {
            try (Workspace ws = data.open()) {
                Event e = new EventService(ws).create(key, title, date);
                spec.commandLine().getOut().println("Created event " + e.key() + ": " + e.title() + (e.date() == null ? "" : " (" + e.date() + ")")
                        + ". Next: tifa event add " + e.key() + " DOC…");
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add documents to an event (role from each document's kind unless --role).")
    static final class Add implements Callable<Integer> {
        @Mixin DataOption data;
        @Mixin FormatOption format;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "EVENT") String event;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "DOC", description = "Document keys or ids.") List<String> docs;
        @Option(names = "--role", description = "official, commentary or preview.") String role;

        @Override
        public Integer call() {
            try (Workspace ws = data.open()) {
                var added = new EventService(ws).add(event, docs, role == null ? null : Role.parse(role));
                Table t = new Table("status", "key", "role", "lang", "title");
                added.forEach(a -> t.row(a.added() ? "added" : "updated", a.document().key(), a.role().code(),
                        a.document().meta().language().code(), a.document().meta().title()));
                TableRenderer.render(t, format.format(), spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "An event's documents, by role and language.")
    static final class Show implements Callable<Integer> {
        @Mixin DataOption data;
        @Mixin FormatOption format;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "KEY") String key;

        @Override
        public Integer call() {
            try (Workspace ws = data.open()) {
                EventView v = new EventService(ws).show(key);
                Table t = new Table("role", "lang", "key", "date", "kind", "size", "title", "translation");
                for (Map.Entry<Role, Map<Language, List<Document>>> r : v.grouped().entrySet()) {
                    for (Map.Entry<Language, List<Document>> l : r.getValue().entrySet()) {
                        for (Document d : l.getValue()) {
                            t.row(r.getKey().code(), l.getKey().code(), d.key(), d.meta().date() == null ? null : d.meta().date().toString(),
                                    d.meta().kind().code(), d.size(), d.meta().title(), d.meta().attributes().get("translation"));
                        }
                    }
                }
                Event e = v.event();
                t.note("Event " + e.key() + ": " + e.title() + (e.date() == null ? "" : " (" + e.date() + ")") + ", " + v.members().size() + " documents.");
                t.note("Next: tifa claims DOC (check a commentary's counts) | tifa expect score " + e.key() + " | tifa themes DOC");
                TableRenderer.render(t, format.format(), spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "All events.")
    static final class ListEvents implements Callable<Integer> {
        @Mixin DataOption data;
        @Mixin FormatOption format;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            try (Workspace ws = data.open()) {
                EventService s = new EventService(ws);
                Table t = new Table("key", "date", "documents", "title");
                for (Event e : s.events()) t.row(e.key(), e.date() == null ? null : e.date().toString(), s.show(e.key()).members().size(), e.title());
                TableRenderer.render(t, format.format(), spec.commandLine().getOut());
            }
            return 0;
        }
    }
}
