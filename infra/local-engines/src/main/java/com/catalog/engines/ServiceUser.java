package com.catalog.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Elasticsearch refuses to run as root, and CI runs as root. Then we run it as a dedicated system
 * user that owns its home, data and logs; as anyone else we just run it directly.
 */
final class ServiceUser {

    static final String NAME = "catalog-engines";

    private ServiceUser() {
    }

    static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }

    /** When root: makes sure the user exists and owns {@code dirs}. */
    static void prepare(Path... dirs) {
        if (!isRoot()) {
            return;
        }
        if (run("id", NAME) != 0) {
            EngineLog.say("creating system user %s (Elasticsearch refuses to run as root)", NAME);
            int exit = run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", NAME);
            // a parallel test JVM may have created it a moment ago
            check(exit == 0 || run("id", NAME) == 0 ? 0 : exit, "useradd " + NAME);
        }
        for (Path dir : dirs) {
            check(run("chown", "-R", NAME + ":" + NAME, dir.toString()), "chown " + dir);
        }
    }

    /** The command prefixed so it runs as the service user when we are root. */
    static List<String> command(List<String> command) {
        if (!isRoot()) {
            return command;
        }
        // setpriv execs in place (no PAM session, no extra fork), so the child is the real process
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + NAME, "--regid=" + NAME, "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static int run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(int exit, String what) {
        if (exit != 0) {
            throw new IllegalStateException(what + " failed with exit code " + exit);
        }
    }
}
