package com.catalog.query.replay;

import com.catalog.query.QuerySideEngines;
import com.catalog.engines.TestEngines;
import com.catalog.events.brand.BrandCreatedEvent;
import com.catalog.events.brand.BrandUpdatedEvent;
import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.query.product.ProductEvents;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays into fresh targets against the real engines, with a database and an index alias of its own (so the head
 * and the events are what this class appended).
 */
@DirtiesContext
@AutoConfigureObservability(tracing = false) // the replay gauges are scraped here
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.search.alias=catalog-products-replay-it",
        "catalog.search.index=catalog-products-replay-it-v1",
        "catalog.replay.progress-interval=500ms",
        "catalog.replay.batch-size=50"})
class ProjectionReplayIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String WORD = "replaylamp";
    private static final String SEARCH = "/api/v1/products/search?q=" + WORD + "&sort=price_asc&currency=EUR&pageSize=100";

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;
    @Autowired EventProcessingConfiguration processing;
    @Autowired ConnectionProvider connections;
    @Autowired @Qualifier("serializer") Serializer serializer;
    @Autowired TokenSchema tokenSchema;
    @Autowired TransactionManager transactions;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry); // a database of its own, with the event store's tables
    }

    @Test
    void the_search_projection_is_replayed_into_a_new_index_under_read_load_and_answers_the_same() throws Exception {
        long head = appendPublishedProducts(60);
        awaitCaughtUp("product-search", head);
        // read-your-writes: the search refreshes the index up to head, so the snapshot holds every product
        JsonNode before = results(get(SEARCH + "&minPosition=" + head, null));
        assertThat(before.path("total").asLong()).isGreaterThanOrEqualTo(60);

        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread reader = new Thread(() -> {
                while (reading.get()) {
                    ResponseEntity<JsonNode> response = get(SEARCH, null);
                    reads.incrementAndGet();
                    if (response.getStatusCode() != HttpStatus.OK || !results(response).equals(before)) {
                        failures.add(response.getStatusCode() + " " + response.getBody());
                    }
                }
            });
            reader.start();
            readers.add(reader);
        }
        try {
            assertThat(startReplay("product-search").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            JsonNode replay = awaitReplayEnd("product-search");
            assertThat(replay.path("phase").asText()).as(replay.toString()).isEqualTo("COMPLETED");
            assertThat(replay.path("target").asText()).isEqualTo("catalog-products-replay-it-v2");
            assertThat(replay.path("eventsDone").asLong()).isGreaterThanOrEqualTo(head);
        } finally {
            reading.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
        }
        assertThat(failures).as("reads during the replay").isEmpty();
        assertThat(reads.get()).isPositive();
        assertThat(results(get(SEARCH, null))).isEqualTo(before);

        long later = appendPublishedProducts(1);
        awaitCaughtUp("product-search", later);
        assertThat(results(get(SEARCH + "&minPosition=" + later, null)).path("total").asLong())
                .as("the live processor writes into the new index after the swap")
                .isEqualTo(before.path("total").asLong() + 1);
    }

    @ParameterizedTest
    @CsvSource({
            "product-details, product, product_id",
            "product-details, product_variant, 'product_id, variant_id'",
            "product-stats,   product_stats, product_id",
            "product-stats,   product_price_change, 'product_id, sequence, currency'",
            "product-stats,   product_status_change, 'product_id, sequence'",
            "category-read,   category, category_id",
            "audit,           audit_entry, event_id",
            "audit,           audit_aggregate_state, aggregate_id"})
    void a_postgresql_projection_is_replayed_into_new_tables_with_identical_rows(String processor, String table,
                                                                                  String key) {
        appendCategory();
        long head = appendPublishedProducts(20);
        awaitCaughtUp(processor, head);
        List<Map<String, Object>> before = rows(table, key);

        assertThat(startReplay(processor).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode replay = awaitReplayEnd(processor);

        assertThat(replay.path("phase").asText()).as(replay.toString()).isEqualTo("COMPLETED");
        assertThat(rows(table, key)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'replay\\_%' OR nspname LIKE 'retired\\_%'")
                .query(Long.class).single()).as("fresh and retired schemas are gone").isZero();
        long later = appendPublishedProducts(1);
        awaitCaughtUp(processor, later);
    }

    /**
     * Two replicas: a second processor of product-details (the same handlers, its own token-store owner) holds every
     * segment, so this replica cannot claim one. The hand-over request makes that replica's watcher stop it; the
     * replay completes, and the other replica's processor runs again afterwards.
     */
    @Test
    void a_replay_takes_over_the_segments_another_replica_holds() throws Exception {
        long head = appendPublishedProducts(5);
        awaitCaughtUp("product-details", head);
        List<Map<String, Object>> before = rows("product", "product_id");
        EventProcessor here = processing.eventProcessor("product-details").orElseThrow();
        here.shutdownAsync().get(1, TimeUnit.MINUTES);
        ScheduledExecutorService threads = Executors.newScheduledThreadPool(3);
        PooledStreamingEventProcessor otherReplica = PooledStreamingEventProcessor.builder()
                .name("product-details")
                .eventHandlerInvoker(((AbstractEventProcessor) here).eventHandlerInvoker())
                .messageSource(eventStore)
                .tokenStore(JdbcTokenStore.builder().connectionProvider(connections).serializer(serializer)
                        .schema(tokenSchema).nodeId("other-replica").build())
                .transactionManager(transactions)
                .coordinatorExecutor(threads)
                .workerExecutor(threads)
                .build();
        try (LiveHandover otherReplicasWatcher = new LiveHandover(jdbc,
                name -> name.equals("product-details") ? Optional.of(otherReplica) : Optional.empty(), 200)) {
            otherReplica.start();
            awaitTrue(() -> jdbc.sql("SELECT count(*) FROM read.token_entry WHERE processor_name = 'product-details' "
                    + "AND owner = 'other-replica'").query(Long.class).single() == 2);
            here.start();

            assertThat(startReplay("product-details").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            JsonNode replay = awaitReplayEnd("product-details");

            assertThat(replay.path("phase").asText()).as(replay.toString()).isEqualTo("COMPLETED");
            assertThat(rows("product", "product_id")).isEqualTo(before);
            awaitTrue(otherReplica::isRunning);
        } finally {
            otherReplica.shutdownAsync().get(1, TimeUnit.MINUTES);
            threads.shutdownNow();
        }
        long later = appendPublishedProducts(1);
        awaitCaughtUp("product-details", later);
    }

    private void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("not reached within " + PATIENCE).isLessThan(deadline);
            pause();
        }
    }

    @Test
    void a_target_that_differs_from_the_event_store_is_not_swapped_in_and_the_old_one_keeps_serving() {
        String brand = appendBrand();
        // an update of a brand that was never created: brand-read ignores it, the event store has the aggregate
        long head = append("Brand", UUID.randomUUID().toString(), 1,
                new BrandUpdatedEvent(UUID.randomUUID().toString(), "Ghost", "ghost", null, null, null));
        awaitCaughtUp("brand-read", head);

        assertThat(startReplay("brand-read").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode replay = awaitReplayEnd("brand-read");

        assertThat(replay.path("phase").asText()).isEqualTo("FAILED");
        assertThat(replay.path("reason").asText()).contains("verification failed");
        assertThat(jdbc.sql("SELECT count(*) FROM read.brand WHERE brand_id = CAST(? AS uuid)").param(brand)
                .query(Long.class).single()).isEqualTo(1);
        String next = appendBrand();
        awaitCaughtUp("brand-read", jdbc.sql("SELECT max(global_index) FROM event_store.domain_event_entry")
                .query(Long.class).single());
        assertThat(jdbc.sql("SELECT count(*) FROM read.brand WHERE brand_id = CAST(? AS uuid)").param(next)
                .query(Long.class).single()).as("the live processor runs again").isEqualTo(1);
    }

    @Test
    void publishers_are_never_replayed_and_a_projection_replays_once_at_a_time() {
        ResponseEntity<JsonNode> publisher = startReplay("product-integration-publisher");
        assertThat(publisher.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(publisher.getBody().path("code").asText()).isEqualTo("replay-disallowed");
        assertThat(startReplay("no-such-projection").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("/api/v1/admin/projections/audit/replay", token("SELLER")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(startReplay("audit").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        ResponseEntity<JsonNode> second = startReplay("audit");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().path("code").asText()).isEqualTo("replay-running");
        assertThat(awaitReplayEnd("audit").path("phase").asText()).isEqualTo("COMPLETED");

        HttpHeaders scrape = new HttpHeaders();
        scrape.setBearerAuth(token("ADMIN"));
        ResponseEntity<String> metrics = http.exchange(URI.create(http.getRootUri() + "/actuator/prometheus"),
                HttpMethod.GET, new HttpEntity<>(scrape), String.class);
        assertThat(metrics.getBody()).contains("catalog_replay_events_done{", "processor=\"audit\"",
                "catalog_replay_phase{");
    }

    private long appendPublishedProducts(int count) {
        long last = 0;
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            String sku = "SKU-" + id.substring(0, 8).toUpperCase();
            long sequence = 0;
            append("Product", id, sequence++, ProductEvents.created(id, "seller-1", WORD + " " + i, "Lamp number " + i,
                    sku, 1000 + i, "EUR"));
            if (i % 4 == 0) {
                // some with a variant and an image: the statements of their own that the batched row must keep in order
                append("Product", id, sequence++, new ProductVariantAddedEvent(id, "v-" + i, sku + "-L",
                        Map.of("size", "L"), List.of(), false));
                append("Product", id, sequence++, new ProductImageAddedEvent(id, "img-" + i, "https://img.example/" + i,
                        "Lamp " + i, false));
            }
            append("Product", id, sequence++, new ProductPublishedEvent(id, ProductStatus.DRAFT));
            if (i % 4 == 0) {
                append("Product", id, sequence++, new ProductImageAddedEvent(id, "img-s-" + i,
                        "https://img.example/s/" + i, "Staged lamp " + i, true));
            }
            last = append("Product", id, sequence, new ProductPriceChangedEvent(id, 1000 + i, "EUR", 2000 + i, "EUR",
                    false));
        }
        return last;
    }

    private void appendCategory() {
        String id = UUID.randomUUID().toString();
        append("Category", id, 0, new CategoryCreatedEvent(id, "Lamps " + id, "lamps-" + id, null, null, 0));
    }

    private String appendBrand() {
        String id = UUID.randomUUID().toString();
        append("Brand", id, 0, new BrandCreatedEvent(id, "Brand " + id, "brand-" + id, null, null, null));
        return id;
    }

    private long append(String type, String id, long sequence, Object payload) {
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(type, id, sequence, payload,
                MetaData.from(Map.of("actorId", "admin-1", "actorRole", "ADMIN")));
        eventStore.publish(message);
        return jdbc.sql("SELECT global_index FROM event_store.domain_event_entry WHERE event_identifier = ?")
                .param(message.getIdentifier()).query(Long.class).single();
    }

    private List<Map<String, Object>> rows(String table, String key) {
        return jdbc.sql("SELECT * FROM read." + table + " ORDER BY " + key).query().listOfRows().stream()
                .map(row -> {
                    Map<String, Object> comparable = new java.util.LinkedHashMap<>();
                    row.forEach((column, value) -> comparable.put(column, value instanceof Object[] array
                            ? Arrays.asList(array) : String.valueOf(value)));
                    return comparable;
                }).toList();
    }

    private static JsonNode results(ResponseEntity<JsonNode> response) {
        return response.getBody();
    }

    private void awaitCaughtUp(String processor, long position) {
        await("/api/v1/admin/projections/" + processor, body -> body.path("position").asLong(-1) >= position);
    }

    private JsonNode awaitReplayEnd(String processor) {
        return await("/api/v1/admin/projections/" + processor, body -> {
            String phase = body.path("replay").path("phase").asText();
            return phase.equals("COMPLETED") || phase.equals("FAILED");
        }).path("replay");
    }

    private ResponseEntity<JsonNode> startReplay(String processor) {
        return post("/api/v1/admin/projections/" + processor + "/replay", token("ADMIN"));
    }

    private JsonNode await(String path, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode body;
        do {
            ResponseEntity<JsonNode> response = get(path, token("ADMIN"));
            assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
            body = response.getBody();
            if (done.test(body)) {
                return body;
            }
            pause();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not reached within " + PATIENCE + ": " + body);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private ResponseEntity<JsonNode> get(String path, String bearer) {
        return http.exchange(URI.create(http.getRootUri() + path), HttpMethod.GET, new HttpEntity<>(headers(bearer)),
                JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String bearer) {
        return http.exchange(URI.create(http.getRootUri() + path), HttpMethod.POST, new HttpEntity<>(headers(bearer)),
                JsonNode.class);
    }

    private static HttpHeaders headers(String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        return headers;
    }

    private static String token(String role) {
        return TestEngines.jwt().mint("replay-" + role.toLowerCase(), Duration.ofMinutes(5), role);
    }
}
