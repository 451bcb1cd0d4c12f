package com.catalog.system;

import com.catalog.engines.CatalogSystem;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.catalog.system.CatalogClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference inventory subscriber (infra/inventory-subscriber) as its own process, knowing the catalog only
 * through its public contract: started late, it bootstraps from the event store (or, by default, from the state
 * topic), follows Kafka, survives a restart, and ends with exactly the catalog's state for every product of the test.
 */
class InventorySubscriberSystemTest {

    private static CatalogSystem system;
    private static CatalogClient client;
    private static InventorySubscriberProcess subscriber;
    private final Map<String, Expected> expected = new HashMap<>();
    private long lastWritePosition;

    @BeforeAll
    static void startSystem() {
        system = RunningCatalog.get();
        client = new CatalogClient(system);
    }

    @AfterAll
    static void stopSubscriber() {
        if (subscriber != null) {
            subscriber.close();
        }
    }

    @Test
    void aLateSubscriberBootstrapsFromTheEventStoreFollowsKafkaAcrossARestartAndConverges() throws Exception {
        String token = system.jwt().mint("seller-" + UUID.randomUUID(), Duration.ofMinutes(10), "SELLER");
        for (int i = 0; i < 12; i++) {
            lifecycle(token, i);
        }

        long beforeSubscriber = lastWritePosition;
        subscriber = InventorySubscriberProcess.start(system, "--inventory.catch-up.mode=ALWAYS",
                "--inventory.state-topic.bootstrap=false");
        eventually(() -> assertThat(catchUpPosition()).as("catch-up checkpoint").isPositive());
        for (int i = 12; i < 24; i++) {
            lifecycle(token, i);
        }
        subscriber.process().restart();
        for (int i = 24; i < 32; i++) {
            lifecycle(token, i);
        }

        eventually(() -> assertThat(stockItems()).isEqualTo(expected));
        for (Map.Entry<String, Expected> product : expected.entrySet()) {
            JsonNode onQuerySide = json(client.getProduct(product.getKey(), null));
            assertThat(new Expected(List.of(onQuerySide.path("sku").asText()), onQuerySide.path("status").asText(),
                    onQuerySide.path("status").asText().equals("PUBLISHED"), onQuerySide.path("version").asLong()))
                    .as("query side and subscriber agree on %s", product.getKey()).isEqualTo(product.getValue());
        }
        assertThat(catchUpPosition()).as("products created before the subscriber came from the catch-up API")
                .isGreaterThanOrEqualTo(beforeSubscriber);

        HttpResponse<String> onDemand = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(subscriber.process().baseUrl() + "/actuator/catchup")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onDemand.statusCode()).as(onDemand.body()).isEqualTo(200);
        assertThat(json(onDemand).path("to").asLong()).as("an on-demand catch-up reaches the catalog's head")
                .isGreaterThanOrEqualTo(lastWritePosition);
        assertThat(stockItems()).as("and changes nothing once converged").isEqualTo(expected);
    }

    /** Product {@code i} ends DRAFT, PUBLISHED, UNPUBLISHED or DISCONTINUED, by i mod 4. */
    private void lifecycle(String token, int i) {
        String sku = "INV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String id = createProduct(token, sku);
        List<String> actions = switch (i % 4) {
            case 0 -> List.of();
            case 1 -> List.of("publish");
            case 2 -> List.of("publish", "price", "unpublish");
            default -> List.of("discontinue");
        };
        for (String action : actions) {
            String body = action.equals("price") ? "{\"amount\": 2500, \"currency\": \"EUR\"}" : null;
            HttpResponse<String> changed = client.changeProduct(token, id, action, body);
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            wrote(changed);
        }
        String status = switch (i % 4) {
            case 0 -> "DRAFT";
            case 1 -> "PUBLISHED";
            case 2 -> "UNPUBLISHED";
            default -> "DISCONTINUED";
        };
        expected.put(id, new Expected(List.of(sku), status, status.equals("PUBLISHED"), actions.size()));
    }

    /** The one place that knows the create request's shape. */
    private String createProduct(String token, String sku) {
        HttpResponse<String> created = client.createProduct(token,
                CatalogClient.productJson("Stock item " + sku, null, sku, 1900, "EUR"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        wrote(created);
        return json(created).path("id").asText();
    }

    private void wrote(HttpResponse<String> write) {
        long position = Long.parseLong(write.headers().firstValue("X-Catalog-Position").orElseThrow());
        lastWritePosition = Math.max(lastWritePosition, position);
    }

    private Map<String, Expected> stockItems() throws SQLException {
        Map<String, Expected> rows = new HashMap<>();
        try (Connection db = connect();
             ResultSet rs = db.createStatement().executeQuery("SELECT * FROM inventory.stock_item")) {
            while (rs.next()) {
                if (expected.containsKey(rs.getString("product_id"))) {
                    rows.put(rs.getString("product_id"), new Expected(Arrays.asList((String[]) rs.getArray("skus").getArray()),
                            rs.getString("status"), rs.getBoolean("sellable"), rs.getLong("last_sequence")));
                }
            }
        }
        return rows;
    }

    private static long catchUpPosition() throws SQLException {
        try (Connection db = connect();
             ResultSet rs = db.createStatement().executeQuery("SELECT position FROM inventory.catch_up_checkpoint")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException schemaNotYetMigrated) {
            return 0;
        }
    }

    private static Connection connect() throws SQLException {
        return subscriber.connect();
    }

    private static void eventually(Eventually.Check check) throws Exception {
        Eventually.within(Duration.ofSeconds(120), check);
    }

    private record Expected(List<String> skus, String status, boolean sellable, long lastSequence) {
    }
}
