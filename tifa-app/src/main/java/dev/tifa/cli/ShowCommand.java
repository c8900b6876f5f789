package dev.tifa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tifa.app.Workspace;
import dev.tifa.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one document: its metadata and cleaned text.")
public final class ShowCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DOC", description = "Document key or id (see `tifa docs`).")
    String doc;

    @Option(names = "--original", description = "Print the original text as imported instead of the cleaned text.")
    boolean original;

    @Option(names = "--meta", description = "Print the metadata only.")
    boolean metaOnly;

    @Option(names = "--format", defaultValue = "table", description = "table (text) or json.")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = data.open()) {
            Document d = Lookup.document(ws, doc);
            PrintWriter out = spec.commandLine().getOut();
            Map<String, Object> meta = new LinkedHashMap<>();
            var m = d.meta();
            meta.put("key", d.key());
            meta.put("id", d.id());
            meta.put("title", m.title());
            meta.put("date", m.date() == null ? null : m.date().toString());
            meta.put("year", m.year());
            meta.put("series", m.series());
            meta.put("kind", m.kind().code());
            meta.put("language", m.language().code());
            meta.put("source", m.source());
            meta.put("size", d.size() + " " + m.language().unit());
            meta.put("cleaning", d.cleaning().code());
            if (!d.cleaning().simplify() && m.language() == dev.tifa.model.Language.ZH) {
                // how many stray traditional-only characters (開, 劃 …) were folded to simplified for matching
                meta.put("traditional_folded", dev.tifa.text.clean.TraditionalOnlyFolding.foldedIn(
                        dev.tifa.text.Cleaner.forSpec(d.cleaning()).clean(d.original()), d.original()));
            }
            meta.put("hash", d.hash());
            meta.putAll(m.attributes());
            if (format == OutputFormat.json) {
                if (!metaOnly) meta.put("text", original ? d.original() : d.clean());
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(meta));
            } else {
                meta.forEach((k, v) -> {
                    if (v != null) out.println(k + ": " + v);
                });
                if (!metaOnly) {
                    out.println();
                    out.println(original ? d.original() : d.clean());
                }
            }
            out.flush();
        }
        return 0;
    }
}
