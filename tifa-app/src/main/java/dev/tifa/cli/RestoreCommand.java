package dev.tifa.cli;

import dev.tifa.app.Workspace;
import dev.tifa.store.StoreBackup;
import dev.tifa.store.StoreVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup made by tifa backup (or a copied data directory) into the data directory.",
                "The backup is verified first, and the restored store after. A store already there is replaced only with "
                        + "--replace, and is then kept in a replaced-DATE folder beside it."})
public final class RestoreCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "BACKUP", description = "The backup folder (or its tifa.db).")
    Path source;

    @Option(names = "--replace", description = "Replace the store in the data directory (it is kept, not deleted).")
    boolean replace;

    @Override
    public Integer call() {
        if (!source.toFile().exists()) throw new UserError("no such file or folder: " + source);
        StoreBackup.Outcome o = new StoreBackup(new StoreVerifier(List.of(dev.tifa.app.TalliesRecount.forDataDir(Workspace.resolveDataDir(data.data))))).restore(source, Workspace.resolveDataDir(data.data), replace);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Restored %d documents into %s; verified: %s.%n", o.documents(), o.directory(), o.verified().sound() ? "sound" : "DAMAGED");
        if (o.replacedKeptAt() != null) out.println("The store it replaced is kept in " + o.replacedKeptAt() + ".");
        out.flush();
        return o.verified().sound() ? 0 : VerifyCommand.DAMAGED;
    }
}
