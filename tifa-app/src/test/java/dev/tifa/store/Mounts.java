package dev.tifa.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Mounting for tests that need a read-only or a full file system (Linux, as root, e.g. in a container). Where it
 * cannot be done the tests say so and skip.
 */
final class Mounts {
    private Mounts() {
    }

    /** Runs a command; true when it exited 0 within 20 s. */
    static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static boolean tmpfs(Path dir, String size) {
        return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
    }

    /** {@code target} shows {@code source}, read-only. */
    static boolean readOnlyBind(Path source, Path target) {
        if (!run("mount", "--bind", source.toString(), target.toString())) return false;
        if (run("mount", "-o", "remount,ro,bind", target.toString())) return true;
        unmount(target);
        return false;
    }

    static void unmount(Path dir) {
        run("umount", dir.toString());
    }
}
