package com.catalog.system.benchmark;

import com.catalog.engines.CatalogSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The read benchmark's system: the run command's engines (data kept between runs) but in a directory, a database
 * and on ports of its own, so the 100,000 seeded products survive for the next run and nothing collides with a
 * developer's {@code catalog} database or the well-known ports. Every setting can still be given with -D.
 */
final class ReadBenchSystem {

    private ReadBenchSystem() {
    }

    static CatalogSystem start(Path dir) {
        defaultTo("catalog.engines.cache", dir.toString());
        defaultTo("catalog.engines.postgres.database", "catalog_read_bench");
        defaultTo("catalog.engines.elasticsearch.port", "19200");
        defaultTo("catalog.engines.kafka.port", "19092");
        defaultTo("catalog.engines.kafka.controller-port", "19093");
        defaultTo("catalog.command.port", "18081");
        defaultTo("catalog.query.port", "18082");
        defaultTo("catalog.gateway.port", "18080");
        // the apps as deployed: full tiered JIT and a production-sized heap, not the tests' fast-start default
        // (-Xmx384m -XX:TieredStopAtLevel=1), which handicaps the app against Elasticsearch's full JIT
        defaultTo("catalog.engines.app-jvm-options", "-Xms1g -Xmx1g -XX:+UseG1GC");
        // Elasticsearch as a small production node would run: 1 GB heap, and a shard request cache big enough for the
        // facets of the benchmark's 200 queries (the default, 1 % of the heap, kept evicting them)
        defaultTo("catalog.engines.elasticsearch.heap", "1g");
        defaultTo("catalog.engines.elasticsearch.request-cache-size", "10%");
        // reads never touch Kafka: a fresh broker starts faster than a kept KRaft log catches up on a busy machine
        deleteRecursively(dir.resolve("kafka"));
        return CatalogSystem.forRun()
                // the seed sends hundreds of requests per second from one address, and wrk thousands
                .withCommandSideArgs("--catalog.security.rate-limit.enabled=false")
                .withQuerySideArgs("--spring.profiles.active=bench", "--catalog.security.rate-limit.enabled=false",
                        // which shape the search sends, hence which ceiling its ratio is taken against
                        "--catalog.search.separate-facet-request=" + separateFacets())
                // e.g. -Dbench.querySideArgs=--catalog.read.products.page-cache.enabled=false for a comparison
                .withQuerySideArgs(Arrays.stream(System.getProperty("bench.querySideArgs", "").split(","))
                        .filter(arg -> !arg.isBlank()).toArray(String[]::new))
                .start();
    }

    /** {@code bench.separateFacets} (true, the default of the query side): search sends an msearch. */
    static boolean separateFacets() {
        return Boolean.parseBoolean(System.getProperty("bench.separateFacets", "true"));
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void defaultTo(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
