package dev.tifa.app;

import dev.tifa.glossary.Glossary;
import dev.tifa.glossary.GlossaryReader;
import dev.tifa.model.Concept;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The user's own glossary file in the data directory: concepts added to it are written atomically. */
public final class UserGlossary {
    private final Workspace workspace;

    public UserGlossary(Workspace workspace) {
        this.workspace = workspace;
    }

    public void add(Concept concept) {
        Path file = workspace.userGlossaryFile();
        Glossary current = read(file);
        List<Concept> concepts = new ArrayList<>(current.concepts());
        concepts.removeIf(c -> c.id().equals(concept.id()));
        concepts.add(concept);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                new GlossaryReader().write(new Glossary(current.themes(), concepts), w);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(tmp); // a half-written copy must not be left beside the real file
            if (dev.tifa.store.DiskFull.causedBy(e)) {
                throw dev.tifa.store.DiskFull.error(workspace.dataDir(), file.getFileName() + " was left as it was", e);
            }
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e instanceof IOException io ? io : new IOException(e));
        }
        workspace.reloadGlossary();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing more can be done; the next add overwrites it
        }
    }

    private static Glossary read(Path file) {
        if (!Files.exists(file)) return Glossary.empty();
        try (InputStream in = Files.newInputStream(file)) {
            return new GlossaryReader().read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
