package dev.tifa.cli;

import dev.tifa.app.Workspace;
import dev.tifa.store.StoreBackup;
import dev.tifa.store.StoreVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a verified copy of the whole store (documents, events, the user glossary) to a new folder.",
                "The backup is itself a data directory: copy it to another machine, check it with tifa verify --data FOLDER, "
                        + "and restore it with tifa restore FOLDER (or use it directly with --data FOLDER).",
                "Safe while the store is being read (e.g. by tifa serve)."})
public final class BackupCommand implements Callable<Integer> {
    @Mixin DataOption data;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", description = "A new (or empty) folder for the backup.")
    Path dest;

    @Override
    public Integer call() {
        try (Workspace ws = data.open()) {
            StoreBackup.Outcome o = new StoreBackup(new StoreVerifier(List.of(new dev.tifa.app.TalliesRecount(ws.glossary())))).backup(ws.database().connection(), ws.dataDir(), dest);
            spec.commandLine().getOut().printf("Backed up %d documents (%,d bytes) to %s; verified: %s.%n", o.documents(), o.bytes(),
                    o.directory(), o.verified().sound() ? "sound" : "DAMAGED");
            spec.commandLine().getOut().flush();
            return o.verified().sound() ? 0 : VerifyCommand.DAMAGED;
        }
    }
}
