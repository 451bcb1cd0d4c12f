package com.catalog.command.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductPriceChangedEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test (surefire's default includes skip {@code *Benchmark}): measures loading one product with
 * {@code bench.events} events (10,000 by default) through Axon's repository, from its events alone and from a
 * snapshot, against the real PostgreSQL. Run and record as described in docs/benchmarks.md ("Product snapshots").
 */
@SpringBootTest
class ProductLoadBenchmark {

    private static final String PRODUCT_CLASS = "com.catalog.command.product.Product";
    private static final int EVENTS = Integer.getInteger("bench.events", 10_000);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    private static final int LOADS = Integer.getInteger("bench.loads", 30);
    private static final int APPEND_BATCH = 1_000;

    @Autowired
    EventStore eventStore;
    @Autowired
    Configuration axon;
    @Autowired
    Snapshotter snapshotter;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        PostgresDatabase database = TestEngines.postgres();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestEngines.jwt()::publicKeyLocation);
    }

    @Test
    void load_a_product_with_a_long_history_from_events_and_from_a_snapshot() throws Exception {
        Class<?> productType = Class.forName(PRODUCT_CLASS);
        Repository<?> products = axon.repository(productType);
        String fromEvents = productWithHistory(EVENTS);
        String fromSnapshot = productWithHistory(EVENTS);
        snapshotter.scheduleSnapshot(productType, fromSnapshot);
        // the worst case with the default threshold (100): a snapshot, then 99 events the next snapshot waits for
        String fromSnapshotAndEvents = productWithHistory(EVENTS - 99);
        snapshotter.scheduleSnapshot(productType, fromSnapshotAndEvents);
        appendPriceChanges(fromSnapshotAndEvents, EVENTS - 99, EVENTS);
        for (String id : List.of(fromSnapshot, fromSnapshotAndEvents)) {
            assertThat(jdbc.sql("SELECT count(*) FROM event_store.snapshot_event_entry WHERE aggregate_identifier = ?")
                    .param(id).query(Long.class).single()).isEqualTo(1);
        }

        List<Double> eventsMs = timeLoads(products, fromEvents, true);
        List<Double> snapshotMs = timeLoads(products, fromSnapshot, false);
        List<Double> snapshotAndEventsMs = timeLoads(products, fromSnapshotAndEvents, false);

        String table = """
                | load of one product with %,d events (%d loads after %d warm-up) | p50 ms | p90 ms | max ms |
                |---|---|---|---|
                | from its events (no snapshot) | %s |
                | from a snapshot at the last event | %s |
                | from a snapshot plus the 99 events after it | %s |
                """.formatted(EVENTS, LOADS, WARMUP, row(eventsMs), row(snapshotMs), row(snapshotAndEventsMs));
        System.out.println(table);
        Path results = Path.of("target", "benchmark-snapshots.md");
        Files.writeString(results, table);
    }

    /**
     * Each load in its own unit of work, rolled back. A load that applied more events than the threshold schedules a
     * snapshot when its unit of work is cleaned up (after the timed load); {@code withoutSnapshot} deletes it before
     * the next load, outside the timed part, so every load of that product starts from its events.
     */
    private List<Double> timeLoads(Repository<?> products, String id, boolean withoutSnapshot) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARMUP + LOADS; i++) {
            if (withoutSnapshot) {
                jdbc.sql("DELETE FROM event_store.snapshot_event_entry WHERE aggregate_identifier = ?").param(id).update();
            }
            UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            long start = System.nanoTime();
            Aggregate<?> product = products.load(id);
            long elapsed = System.nanoTime() - start;
            assertThat(product.version()).isEqualTo(EVENTS - 1L);
            unitOfWork.rollback();
            if (i >= WARMUP) {
                millis.add(elapsed / 1_000_000.0);
            }
        }
        millis.sort(Double::compare);
        return millis;
    }

    /** The one place that makes a product here: its creation plus price changes up to {@code events} events. */
    private String productWithHistory(int events) {
        String id = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("Product", id, 0, new ProductCreatedEvent(id, "seller-bench",
                "en", Map.of("en", "Benchmark lamp"), "benchmark-lamp-" + id, Map.of("en", "A lamp with a long price history"),
                Map.of(), "B-" + id.substring(0, 13).toUpperCase(), List.of(new CurrencyAmount("EUR", 1000)), List.of(), null,
                Map.of(), null, null)));
        appendPriceChanges(id, 1, events);
        return id;
    }

    /** Price changes with sequence numbers {@code from} (inclusive) to {@code to} (exclusive), in batches. */
    private void appendPriceChanges(String id, long from, long to) {
        List<EventMessage<?>> batch = new ArrayList<>();
        for (long sequence = from; sequence < to; sequence++) {
            batch.add(new GenericDomainEventMessage<>("Product", id, sequence,
                    new ProductPriceChangedEvent(id, 1000 + sequence - 1, "EUR", 1000 + sequence, "EUR", false)));
            if (batch.size() == APPEND_BATCH) {
                eventStore.publish(batch);
                batch.clear();
            }
        }
        eventStore.publish(batch);
    }

    private static String row(List<Double> sortedMillis) {
        return "%.1f | %.1f | %.1f".formatted(percentile(sortedMillis, 50), percentile(sortedMillis, 90),
                sortedMillis.get(sortedMillis.size() - 1));
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
