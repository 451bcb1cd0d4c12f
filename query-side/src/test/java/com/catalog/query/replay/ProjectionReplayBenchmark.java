package com.catalog.query.replay;

import com.catalog.query.QuerySideEngines;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay speed over a large event store (docs/benchmarks.md, "Projection replay: 1M events"). Not a test: surefire's
 * default includes skip {@code *Benchmark}; run it by name. It seeds {@code bench.products} products with ten events
 * each (created, published, eight price changes) straight into the event store with one INSERT … SELECT per
 * 10,000 products: the payloads are the app's own serialisation of real events, with the product id swapped in. The
 * live processors are stopped first, so the replay has the machine (what there is of it) to itself.
 */
@DirtiesContext
@SpringBootTest(properties = {
        "catalog.search.alias=catalog-products-replay-bench",
        "catalog.search.index=catalog-products-replay-bench-v1",
        "catalog.replay.catch-up-timeout=10m"})
class ProjectionReplayBenchmark {

    private static final int PRODUCTS = Integer.getInteger("bench.products", 100_000);
    /** Which replays to run, in order: {@code -Dbench.processors=product-details} for a quicker A/B of one of them. */
    private static final List<String> PROCESSORS = List.of(
            System.getProperty("bench.processors", "product-details,product-search").split(","));

    @Autowired JdbcClient jdbc;
    @Autowired ProjectionReplays replays;
    @Autowired EventProcessingConfiguration processing;
    @Autowired @Qualifier("eventSerializer") Serializer serializer;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry); // a database of its own, with the event store's tables
    }

    @Test
    void replay_one_million_events() throws Exception {
        awaitSegments();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            processor.shutdownAsync().get(1, TimeUnit.MINUTES);
        }
        long seedStart = System.nanoTime();
        new SeededProducts(jdbc, serializer).seed(PRODUCTS);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long events = jdbc.sql("SELECT count(*) FROM event_store.domain_event_entry").query(Long.class).single();

        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "| seeding (INSERT … SELECT, 10,000 products per statement) | %,d | %.1f | %,.0f | | | | |",
                events, seedSeconds, events / seedSeconds));
        for (String processor : PROCESSORS) {
            rows.add(replay(processor, events));
        }
        String table = "| what | events | seconds | events/s | JVM CPU s (fill) | events per JVM CPU s (fill) "
                + "| PostgreSQL CPU s (fill) | commits (fill) |\n"
                + "|---|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        Files.writeString(Path.of("target", "benchmark-replay.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);
    }

    /** Fill time is REPLAYING (fresh target from empty to the head); the total adds hand-over and verification. */
    private String replay(String processor, long events) throws InterruptedException {
        long start = System.nanoTime();
        long cpuStart = jvmCpuNanos();
        PostgresWork postgres = PostgresWork.from(jdbc);
        replays.start(processor);
        Long filled = null;
        long cpuFilled = 0;
        PostgresWork.Sample postgresFilled = null;
        ReplayStatus status;
        do {
            TimeUnit.MILLISECONDS.sleep(200);
            status = replays.status(processor);
            if (filled == null && status.phase() != ReplayPhase.REPLAYING) {
                filled = System.nanoTime();
                cpuFilled = jvmCpuNanos();
                postgresFilled = postgres.sinceStart();
            }
        } while (status.phase() != ReplayPhase.COMPLETED && status.phase() != ReplayPhase.FAILED);
        assertThat(status.phase()).as(String.valueOf(status.reason())).isEqualTo(ReplayPhase.COMPLETED);
        double fill = (filled - start) / 1e9;
        double total = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuFilled - cpuStart) / 1e9;
        if (processor.equals("product-details")) {
            System.out.printf(Locale.ROOT, "product rows written by the replay of product-details: %,d (inserts and updates)%n",
                    jdbc.sql("SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE schemaname = 'read' AND relname = 'product'")
                            .query(Long.class).single());
        }
        return String.format(Locale.ROOT, "| replay of %s: fill / whole replay incl. verification and swap | %,d | %.1f / %.1f | %,.0f / %,.0f | %.1f | %,.0f | %.1f | %,d |",
                processor, events, fill, total, events / fill, events / total, cpu, events / cpu,
                postgresFilled.cpuSeconds(), postgresFilled.commits());
    }

    /**
     * CPU time of the whole benchmark JVM (every thread, GC and JIT included): on a machine shared with PostgreSQL,
     * Elasticsearch and other builds it says what the replay costs per event better than wall-clock time does.
     */
    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private void awaitSegments() throws InterruptedException {
        while (jdbc.sql("SELECT count(DISTINCT processor_name) FROM read.token_entry").query(Long.class).single() < 8) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

}
