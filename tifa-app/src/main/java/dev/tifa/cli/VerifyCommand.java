package dev.tifa.cli;

import dev.tifa.app.Workspace;
import dev.tifa.store.StoreVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the store: SQLite's integrity check, every document's text against the hash kept at import, "
                + "its cleaned text against its original, and stored counts where the store keeps any.",
                "Opens the store read-only; works on a store that other commands refuse as damaged.",
                "Exit code: 0 sound, 4 damage found, 1 failed."})
public final class VerifyCommand implements Callable<Integer> {
    static final int DAMAGED = 4;

    @Mixin DataOption data;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        StoreVerifier.Report report = new StoreVerifier(List.of(dev.tifa.app.TalliesRecount.forDataDir(Workspace.resolveDataDir(data.data)))).verify(Workspace.resolveDataDir(data.data));
        Table t = new Table("check", "status", "what", "where");
        for (StoreVerifier.CheckResult c : report.checks()) {
            t.row(c.name(), c.status(), c.summary(), null);
            for (StoreVerifier.Finding f : c.findings()) t.row(c.name(), "damaged", f.problem(), f.where());
        }
        t.note(report.sound() ? "Sound: " + report.file() : "DAMAGED: " + report.file()
                + " — restore a backup (tifa restore), or re-import the documents named above from their sources.");
        TableRenderer.render(t, format.format(), spec.commandLine().getOut());
        return report.sound() ? 0 : DAMAGED;
    }
}
