package dev.tifa.cli;

import dev.tifa.app.Workspace;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data DIR}: which data directory (store and user glossary) a command works on. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: $TIFA_DATA, else ./.tifa).")
    Path data;

    public Workspace open() {
        return Workspace.open(Workspace.resolveDataDir(data));
    }
}
