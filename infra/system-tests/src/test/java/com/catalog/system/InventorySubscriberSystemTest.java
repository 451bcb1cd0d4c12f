package com.catalog.system;

import com.catalog.engines.AppProcess;
import com.catalog.engines.CatalogSystem;
import com.catalog.engines.HostPort;
import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static com.catalog.system.CatalogClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference inventory subscriber (infra/inventory-subscriber) as its own process, knowing the catalog only
 * through Kafka and the catch-up API: started late, it bootstraps from the event store, follows Kafka, survives a
 * restart, and ends with exactly the catalog's state for every product of this test.
 */
class InventorySubscriberSystemTest {

    private static CatalogSystem system;
    private static CatalogClient client;
    private static AppProcess subscriber;
    private static final PostgresDatabase inventoryDb = TestEngines.newDatabase();
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
            subscriber.stop();
        }
    }

    @Test
    void aLateSubscriberBootstrapsFromTheEventStoreFollowsKafkaAcrossARestartAndConverges() throws Exception {
        String token = system.jwt().mint("seller-" + UUID.randomUUID(), Duration.ofMinutes(10), "SELLER");
        for (int i = 0; i < 12; i++) {
            lifecycle(token, i);
        }

        subscriber = startSubscriber();
        eventually(() -> assertThat(catchUpPosition()).as("catch-up checkpoint").isPositive());
        for (int i = 12; i < 24; i++) {
            lifecycle(token, i);
        }
        subscriber.restart();
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
        assertThat(bootstrappedFromEventStore()).as("products created before the subscriber came from the catch-up API")
                .isPositive();

        HttpResponse<String> onDemand = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(subscriber.baseUrl() + "/actuator/catchup")).POST(HttpRequest.BodyPublishers.noBody()).build(),
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

    private static AppProcess startSubscriber() throws IOException {
        Path target = Path.of(System.getProperty("catalog.root", "."), "infra/inventory-subscriber/target");
        Path jar;
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build infra/inventory-subscriber first: no -exec.jar in " + target));
        }
        return AppProcess.start("inventory-subscriber", jar, HostPort.freeLocal().port(), List.of(
                "--spring.datasource.url=" + inventoryDb.jdbcUrl(),
                "--spring.datasource.username=" + inventoryDb.username(),
                "--spring.datasource.password=" + inventoryDb.password(),
                "--spring.kafka.bootstrap-servers=" + system.kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=inventory-" + UUID.randomUUID(),
                "--inventory.catch-up.mode=ALWAYS",
                "--inventory.catch-up.base-url=" + system.querySideUrl(),
                "--inventory.catch-up.bearer-token=" + system.jwt().mint("inventory", Duration.ofHours(1), "INTEGRATION")),
                system.logs());
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

    private long bootstrappedFromEventStore() throws SQLException {
        try (Connection db = connect();
             ResultSet rs = db.createStatement().executeQuery(
                     "SELECT count(*) FROM inventory.stock_item WHERE last_position IS NOT NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Retries the assertion once a second for up to two minutes; the last failure is the test's failure. */
    private static void eventually(Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError | SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(inventoryDb.jdbcUrl(), inventoryDb.username(), inventoryDb.password());
    }

    private record Expected(List<String> skus, String status, boolean sellable, long lastSequence) {
    }
}
