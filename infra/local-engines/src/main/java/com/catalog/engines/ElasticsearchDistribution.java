package com.catalog.engines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks the Elasticsearch zip Maven downloaded into the cache, once. Unpacking goes to a
 * private dir first and is moved into place when complete, so parallel JVMs and interrupted
 * runs never see a half-unpacked home.
 */
final class ElasticsearchDistribution {

    private static final String MARKER = ".catalog-engines-unpacked";

    private ElasticsearchDistribution() {
    }

    static Path install(Path cache) {
        String version = BuildInfo.elasticsearchVersion();
        Path home = cache.resolve("elasticsearch-" + version);
        if (Files.exists(home.resolve(MARKER))) {
            return home;
        }
        Path zip = Path.of(BuildInfo.elasticsearchZip());
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Elasticsearch zip not found at " + zip
                    + " (build local-engines with Maven, or set catalog.engines.elasticsearch.zip)");
        }
        EngineLog.say("unpacking %s into %s", zip, home);
        long started = System.nanoTime();
        Path staging = null;
        try {
            staging = Files.createTempDirectory(cache, ".unpack-");
            unzip(zip, staging);
            Path unpacked = singleChild(staging);
            makeScriptsExecutable(unpacked.resolve("bin"));
            Files.createFile(unpacked.resolve(MARKER));
            if (Files.exists(home)) {
                EngineDirs.deleteRecursively(home); // an unpack from before markers or a broken one
            }
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            EngineLog.say("unpacked Elasticsearch %s in %d ms", version, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            if (!Files.exists(home.resolve(MARKER))) { // losing a race to another JVM is fine
                throw new UncheckedIOException("cannot unpack " + zip, e);
            }
        } finally {
            if (staging != null) {
                EngineDirs.deleteRecursively(staging);
            }
        }
        return home;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry escapes the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out);
                    }
                }
            }
        }
    }

    private static Path singleChild(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IOException("empty Elasticsearch zip"));
        }
    }

    /** java.util.zip drops Unix modes; only the scripts in bin/ need the executable bit. */
    private static void makeScriptsExecutable(Path bin) throws IOException {
        try (Stream<Path> scripts = Files.list(bin)) {
            scripts.filter(p -> !p.toString().endsWith(".bat"))
                    .forEach(p -> p.toFile().setExecutable(true, false));
        }
    }
}
