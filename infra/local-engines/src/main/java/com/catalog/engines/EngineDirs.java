package com.catalog.engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where engines keep things. {@code cache} holds what is expensive to recreate (the unpacked
 * Elasticsearch); {@code work} holds data (persistent for the run, a temp dir for tests);
 * {@code logs} the child processes' output.
 */
public record EngineDirs(Path cache, Path work, Path logs, boolean persistent) {

    /** Unprivileged users cannot traverse /root, and Elasticsearch runs as one when we are root. */
    private static final Path ROOT_DEFAULT = Path.of("/var/tmp/catalog-engines");
    private static final Set<PosixFilePermission> TRAVERSABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static EngineDirs forTests;

    public static EngineDirs forRun() {
        Path cache = resolveCache();
        return new EngineDirs(cache, cache, create(cache.resolve("logs")), true);
    }

    /** One temp dir per JVM; data is deleted on exit, logs are kept for post-mortems. */
    public static synchronized EngineDirs forTests() {
        if (forTests == null) {
            try {
                Path work = Files.createTempDirectory("catalog-engines-");
                // createTempDirectory makes it 0700; the Elasticsearch user must get through
                Files.setPosixFilePermissions(work, TRAVERSABLE);
                forTests = new EngineDirs(resolveCache(), work, create(work.resolve("logs")), false);
                ShutdownSequence.register("temp data in " + work, () -> deleteAllBut(work, work.resolve("logs")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return forTests;
    }

    public Path dir(String name) {
        return create(work.resolve(name));
    }

    private static Path resolveCache() {
        boolean root = ServiceUser.isRoot();
        Path fallback = root ? ROOT_DEFAULT : Path.of(System.getProperty("user.home"), ".cache", "catalog-engines");
        Path cache = Path.of(Overrides.string("catalog.engines.cache", "CATALOG_ENGINES_CACHE", fallback.toString()))
                .toAbsolutePath().normalize();
        if (root && !traversableByOthers(cache)) {
            EngineLog.say("cache %s is not reachable for an unprivileged user (running as root): using %s", cache, ROOT_DEFAULT);
            cache = ROOT_DEFAULT;
        }
        return create(cache);
    }

    private static boolean traversableByOthers(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    static Path create(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    static void deleteRecursively(Path dir) {
        deleteAllBut(dir, null);
    }

    private static void deleteAllBut(Path dir, Path keep) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .filter(p -> keep == null || !(p.startsWith(keep) || keep.startsWith(p)))
                    .forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temp dir is harmless
        }
    }
}
