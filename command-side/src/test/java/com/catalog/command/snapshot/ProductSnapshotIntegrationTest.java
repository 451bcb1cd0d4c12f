package com.catalog.command.snapshot;

import com.catalog.command.product.ProductRequests;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Products are snapshotted past the configured threshold and then loaded from the snapshot, against the real
 * PostgreSQL event store and over real HTTP. To prove the snapshot is what the product is rebuilt from, the test
 * deletes the events the snapshot covers: every later command must still see the right owner, price and status.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "catalog.snapshots.product.threshold=" + ProductSnapshotIntegrationTest.THRESHOLD)
class ProductSnapshotIntegrationTest {

    static final int THRESHOLD = 5;
    private static final String PRODUCT_CLASS = "com.catalog.command.product.Product";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String seller = "seller-" + UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventStore eventStore;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        PostgresDatabase database = TestEngines.postgres();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestEngines.jwt()::publicKeyLocation);
    }

    @Test
    void a_product_with_fewer_events_than_the_threshold_has_no_snapshot() {
        String id = createProduct(1000);
        for (int i = 1; i < THRESHOLD - 1; i++) {
            changePrice(id, 1000 + i);
        }

        assertThat(snapshotSequences(id)).isEmpty();
    }

    @Test
    void a_product_past_the_threshold_is_loaded_from_its_snapshot_and_stays_correct() {
        String id = createProduct(1000);
        assertThat(post(id, "publish", owner(), null).statusCode()).isEqualTo(200);
        long lastPrice = 0;
        for (int i = 1; i <= 3 * THRESHOLD; i++) {
            lastPrice = 1000 + i;
            changePrice(id, lastPrice);
        }
        long version = 1 + 3 * THRESHOLD;

        List<Long> snapshots = snapshotSequences(id);
        assertThat(snapshots).as("only the latest snapshot is kept").hasSize(1);
        long snapshotAt = snapshots.get(0);
        assertThat(snapshotAt).isGreaterThanOrEqualTo(THRESHOLD).isLessThanOrEqualTo(version);
        DomainEventMessage<?> first = eventStore.readEvents(id).next();
        assertThat(first.getPayloadType().getName()).isEqualTo(PRODUCT_CLASS);
        assertThat(first.getSequenceNumber()).isEqualTo(snapshotAt);

        deleteEventsCoveredBy(id, snapshotAt);

        assertThat(post(id, "publish", token("seller-stranger", "SELLER"), null).statusCode())
                .as("the owner came from the snapshot").isEqualTo(403);
        HttpResponse<String> staged = post(id, "publish", owner(), null);
        assertThat(staged.statusCode()).as("the staged prices came from the snapshot: " + staged.body()).isEqualTo(200);
        HttpResponse<String> again = post(id, "publish", owner(), null);
        assertThat(again.statusCode()).as("the status came from the snapshot: " + again.body()).isEqualTo(409);
        HttpResponse<String> changed = post(id, "price", owner(), "\"" + (version + 1) + "\"", price(999));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"" + (version + 2) + "\"");
        JsonNode stored = lastStoredPayload(id);
        assertThat(stored.path("oldPriceAmount").asLong()).as("the price came from the snapshot").isEqualTo(lastPrice);
        assertThat(stored.path("newPriceAmount").asLong()).isEqualTo(999);
    }

    @Test
    void a_snapshot_of_another_aggregate_shape_is_ignored_and_the_product_loads_from_its_events() {
        String id = createProduct(1000);
        changePrice(id, 1100);
        jdbc.sql("""
                        INSERT INTO event_store.snapshot_event_entry (aggregate_identifier, sequence_number, type,
                            event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, 1, 'Product', ?, ?, ?, 'shape-0000000000000000',
                            convert_to('{"id":"x","sellerId":"someone-else"}', 'UTF8'), convert_to('{}', 'UTF8'))""")
                .params(id, UUID.randomUUID().toString(), Instant.now().toString(), PRODUCT_CLASS)
                .update();

        HttpResponse<String> changed = post(id, "price", owner(), "\"1\"", price(1200));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(lastStoredPayload(id).path("oldPriceAmount").asLong()).isEqualTo(1100);
    }

    /** The one place that makes a product in this test: the create API as a seller would call it. */
    private String createProduct(long priceAmount) {
        String sku = "S-" + UUID.randomUUID().toString().substring(0, 13);
        HttpResponse<String> created = send(request("/api/v1/products", owner(), null,
                ProductRequests.createJson("Snapshot chair", sku, priceAmount, "EUR")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return bodyOf(created).path("id").asText();
    }

    private void changePrice(String id, long amount) {
        HttpResponse<String> changed = post(id, "price", owner(), null, price(amount));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    }

    private List<Long> snapshotSequences(String id) {
        return jdbc.sql("SELECT sequence_number FROM event_store.snapshot_event_entry WHERE aggregate_identifier = ?")
                .param(id).query(Long.class).list();
    }

    private void deleteEventsCoveredBy(String id, long snapshotSequence) {
        jdbc.sql("DELETE FROM event_store.domain_event_entry WHERE aggregate_identifier = ? AND sequence_number <= ?")
                .params(id, snapshotSequence).update();
    }

    private JsonNode lastStoredPayload(String id) {
        byte[] payload = jdbc.sql("""
                        SELECT payload FROM event_store.domain_event_entry WHERE aggregate_identifier = ?
                        ORDER BY sequence_number DESC LIMIT 1""")
                .param(id).query(byte[].class).single();
        try {
            return json.readTree(payload);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> post(String id, String action, String token, String ifMatch, String body) {
        return send(request("/api/v1/products/" + id + "/" + action, token, ifMatch, body));
    }

    private HttpResponse<String> post(String id, String action, String token, String body) {
        return post(id, action, token, null, body);
    }

    private HttpRequest request(String path, String token, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    private static String price(long amount) {
        return """
                {"amount": %d, "currency": "EUR"}""".formatted(amount);
    }

    private String owner() {
        return token(seller, "SELLER");
    }

    private static String token(String subject, String... roles) {
        return TestEngines.jwt().mint(subject, Duration.ofMinutes(5), roles);
    }

    private JsonNode bodyOf(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
