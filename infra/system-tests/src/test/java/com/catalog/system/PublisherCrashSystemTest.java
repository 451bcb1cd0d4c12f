package com.catalog.system;

import com.catalog.engines.CatalogSystem;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductPriceChangedIntegrationEvent;
import com.catalog.events.integration.ProductPublishedIntegrationEvent;
import com.catalog.system.ProductTopicTail.Delivered;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.catalog.system.CatalogClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publisher's at-least-once promise (docs/integration-events.md, "Ordering and delivery") under
 * a real crash: the query side is SIGKILLed while it is publishing 5,000 events, restarted, and the
 * topic must then hold every event at least once, in per-product order, and exactly the expected
 * events once de-duplicated by {@code ce_id}.
 * <p>
 * Runs its own {@link CatalogSystem} (own database and apps; Kafka and Elasticsearch are shared per
 * JVM) so the kill cannot disturb other system tests. The topic is shared, so only records keyed
 * by this test's product ids count.
 */
class PublisherCrashSystemTest {

    private static final int PRODUCTS = 1_000;
    /** What every product goes through, indexed by aggregate sequence: create, publish, three new prices. */
    private static final List<String> LIFECYCLE = List.of(ProductCreatedIntegrationEvent.TYPE,
            ProductPublishedIntegrationEvent.TYPE, ProductPriceChangedIntegrationEvent.TYPE,
            ProductPriceChangedIntegrationEvent.TYPE, ProductPriceChangedIntegrationEvent.TYPE);
    private static final int EVENTS = PRODUCTS * LIFECYCLE.size();
    private static final int CLIENTS = 16;
    /** Kill once this many of our records are on Kafka: well inside the run, with thousands still to come. */
    private static final int KILL_AFTER_RECORDS = 1_000;
    private static final Duration WRITES_TIMEOUT = Duration.ofSeconds(150);
    private static final Duration ALL_PUBLISHED_TIMEOUT = Duration.ofSeconds(120);

    private static CatalogSystem system;
    private static CatalogClient client;

    /** One expected event: the product (record key) and its aggregate sequence. */
    record KeySequence(String key, long sequence) {
    }

    /** What the writers did: the ids of fully written products, and what went wrong if anything did. */
    record Writes(Set<String> productIds, List<String> failures) {
    }

    @BeforeAll
    static void startOwnSystem() {
        system = CatalogSystem.forTests()
                // its own search index too, so 1,000 bulk products stay out of other tests' searches
                .withQuerySideArgs("--catalog.search.alias=crash-test-products", "--catalog.search.index=crash-test-products-v1")
                .start();
        client = new CatalogClient(system);
    }

    @AfterAll
    static void stopOwnSystem() {
        if (system != null) {
            system.stop();
        }
    }

    @Test
    void aPublisherKilledMidStreamLosesNothingAndKeepsPerProductOrder() throws Exception {
        long started = System.nanoTime();
        try (ProductTopicTail tail = ProductTopicTail.fromNow(system.kafkaBootstrapServers(), ProductCreatedIntegrationEvent.TOPIC)) {
            Writes writes = new Writes(ConcurrentHashMap.newKeySet(), new ArrayList<>());
            ExecutorService writers = Executors.newFixedThreadPool(CLIENTS);
            try {
                CompletableFuture<Void> allWritten = writeProducts(writers, writes);

                int ours = awaitOurRecords(tail, writes.productIds(), KILL_AFTER_RECORDS);
                system.querySide().kill();
                // the process is gone: whatever the broker holds now is all it published before the crash
                Map<TopicPartition, Long> endAtKill = tail.endOffsets();
                System.out.printf("killed the query side after seeing %d of %d records on Kafka, writes %s%n",
                        ours, EVENTS, allWritten.isDone() ? "done" : "still running");
                system.querySide().restart();

                allWritten.get(WRITES_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                assertThat(writes.failures()).as("write failures").isEmpty();
                Set<KeySequence> expected = expectedEvents(writes.productIds());
                awaitAllPublished(tail, expected);

                List<Delivered> delivered = recordsOf(tail.delivered(), writes.productIds());
                long publishedBeforeKill = delivered.stream().filter(d -> d.isBefore(endAtKill, tail.topic())).count();
                assertThat(publishedBeforeKill).as("records on Kafka when the publisher was killed")
                        .isPositive().isLessThan(EVENTS);

                assertEveryEventAtLeastOnce(delivered, expected);
                assertPerKeyOrder(delivered);
                assertDeduplicatedByIdIsExactlyTheExpectedSet(delivered, expected);
                System.out.printf("publisher crash: %d records for %d events, %d duplicates; %d were on Kafka at the kill; %d s%n",
                        delivered.size(), EVENTS, delivered.size() - EVENTS, publishedBeforeKill,
                        (System.nanoTime() - started) / 1_000_000_000);
            } finally {
                writers.shutdownNow();
            }
        }
    }

    // --- writing -------------------------------------------------------------------------------

    /** 1,000 products × 5 commands over {@value #CLIENTS} concurrent clients; each product's commands in order. */
    private static CompletableFuture<Void> writeProducts(ExecutorService writers, Writes writes) {
        String seller = "seller-crash-" + UUID.randomUUID();
        String token = system.jwt().mint(seller, Duration.ofMinutes(10), "SELLER");
        String skuPrefix = "CRASH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return CompletableFuture.allOf(IntStream.range(0, PRODUCTS)
                .mapToObj(i -> CompletableFuture.runAsync(() -> writeLifecycle(token, skuPrefix + "-" + i, writes), writers))
                .toArray(CompletableFuture[]::new));
    }

    private static void writeLifecycle(String token, String sku, Writes writes) {
        try {
            HttpResponse<String> created = client.createProduct(token,
                    CatalogClient.productJson("Crash test " + sku, null, sku, 10000, "EUR"));
            expectStatus(created, 201, sku + " create");
            String id = json(created).path("id").asText();
            expectStatus(client.changeProduct(token, id, "publish", null), 200, sku + " publish");
            for (int change = 1; change <= 3; change++) { // three distinct prices, so each is a real change
                expectStatus(client.changeProduct(token, id, "price", """
                        {"amount": %d, "currency": "EUR"}""".formatted(10000 + change * 100)), 200, sku + " price " + change);
            }
            writes.productIds().add(id);
        } catch (RuntimeException e) {
            synchronized (writes.failures()) {
                writes.failures().add(sku + ": " + e);
            }
        }
    }

    private static void expectStatus(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static Set<KeySequence> expectedEvents(Set<String> productIds) {
        return productIds.stream()
                .flatMap(id -> IntStream.range(0, LIFECYCLE.size()).mapToObj(seq -> new KeySequence(id, seq)))
                .collect(Collectors.toSet());
    }

    // --- waiting on the topic ------------------------------------------------------------------

    private static int awaitOurRecords(ProductTopicTail tail, Set<String> productIds, int atLeast) {
        boolean reached = tail.pollUntil(() -> recordsOf(tail.delivered(), productIds).size() >= atLeast, Duration.ofSeconds(90));
        assertThat(reached).as("%d of our records on Kafka before the kill", atLeast).isTrue();
        return recordsOf(tail.delivered(), productIds).size();
    }

    private static void awaitAllPublished(ProductTopicTail tail, Set<KeySequence> expected) {
        boolean all = tail.pollUntil(() -> keySequences(tail.delivered()).containsAll(expected), ALL_PUBLISHED_TIMEOUT);
        assertThat(all).as("all %d events on Kafka within %s of the restart", expected.size(), ALL_PUBLISHED_TIMEOUT).isTrue();
        tail.catchUpToEnd(Duration.ofSeconds(30)); // late duplicates, if any, are behind the last first-timer
    }

    private static List<Delivered> recordsOf(List<Delivered> delivered, Set<String> productIds) {
        return delivered.stream().filter(d -> productIds.contains(d.key())).toList();
    }

    private static Set<KeySequence> keySequences(List<Delivered> delivered) {
        return delivered.stream().map(d -> new KeySequence(d.key(), d.ceSequence())).collect(Collectors.toSet());
    }

    // --- the promises --------------------------------------------------------------------------

    private static void assertEveryEventAtLeastOnce(List<Delivered> delivered, Set<KeySequence> expected) {
        assertThat(keySequences(delivered)).as("(key, ce_sequence) pairs on Kafka").containsAll(expected);
    }

    /**
     * Per key, in offset order (one key is one partition): each record either carries the next
     * sequence (highest seen + 1, starting at 0) or re-delivers an already-seen sequence with the
     * same {@code ce_id} it had the first time. So first occurrences are 0, 1, 2, … without gaps,
     * and the sequence only ever steps back by re-sending what a subscriber already has.
     */
    private static void assertPerKeyOrder(List<Delivered> delivered) {
        Map<String, List<Delivered>> byKey = delivered.stream().collect(Collectors.groupingBy(Delivered::key));
        List<String> violations = new ArrayList<>();
        byKey.forEach((key, records) -> {
            assertThat(records).extracting(Delivered::partition).as("partitions of key %s", key).containsOnly(records.get(0).partition());
            Map<Long, String> idBySequence = new HashMap<>();
            long highest = -1;
            for (Delivered record : records.stream().sorted(Comparator.comparingLong(Delivered::offset)).toList()) {
                if (record.ceSequence() == highest + 1) {
                    highest = record.ceSequence();
                    idBySequence.put(record.ceSequence(), record.ceId());
                } else if (!record.ceId().equals(idBySequence.get(record.ceSequence()))) {
                    violations.add(key + ": " + record + " after highest sequence " + highest);
                }
            }
        });
        assertThat(violations).as("per-key order violations").isEmpty();
    }

    private static void assertDeduplicatedByIdIsExactlyTheExpectedSet(List<Delivered> delivered, Set<KeySequence> expected) {
        Map<String, Delivered> firstById = new LinkedHashMap<>();
        Set<String> idsWithConflictingCopies = new HashSet<>();
        for (Delivered record : delivered) {
            Delivered first = firstById.putIfAbsent(record.ceId(), record);
            if (first != null && !sameEvent(first, record)) {
                idsWithConflictingCopies.add(record.ceId());
            }
        }
        assertThat(idsWithConflictingCopies).as("ce_ids whose copies differ in key, sequence or type").isEmpty();
        assertThat(firstById).as("distinct ce_ids").hasSize(EVENTS);
        assertThat(keySequences(List.copyOf(firstById.values()))).as("de-duplicated (key, ce_sequence)").isEqualTo(expected);
        assertThat(firstById.values()).allSatisfy(d -> assertThat(d.ceType())
                .as("ce_type of %s #%d", d.key(), d.ceSequence()).isEqualTo(LIFECYCLE.get((int) d.ceSequence())));
    }

    private static boolean sameEvent(Delivered a, Delivered b) {
        return a.key().equals(b.key()) && a.ceSequence() == b.ceSequence() && a.ceType().equals(b.ceType());
    }
}
