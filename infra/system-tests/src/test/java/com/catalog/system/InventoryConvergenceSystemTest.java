package com.catalog.system;

import com.catalog.engines.CatalogSystem;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static com.catalog.system.CatalogClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's convergence promise at scale: 1,000 products with variants are created, changed and discontinued
 * through the write API by concurrent clients while the inventory subscriber runs (and is restarted once in the
 * middle); its sellable SKUs must then be exactly the catalog's published SKUs, and a subscriber started afterwards
 * bootstraps from the state topic and reaches the same set.
 */
class InventoryConvergenceSystemTest {

    private static final int PRODUCTS = Integer.getInteger("catalog.test.inventory-products", 1_000);
    private static final int CLIENTS = 8;
    /** Generous: on a machine shared with other builds 1,000 products took over 5 minutes (about 2 minutes alone). */
    private static final Duration WRITES_TIMEOUT = Duration.ofMinutes(12);
    private static final Duration CONVERGENCE = Duration.ofMinutes(3);

    private static CatalogSystem system;
    private static CatalogClient client;

    private final ProductWrites writes = new ProductWrites();

    @BeforeAll
    static void startSystem() {
        system = RunningCatalog.get();
        client = new CatalogClient(system);
    }

    @Test
    void theSubscribersSkusAreExactlyThePublishedOnesAcrossARestartAndForALateSubscriber() throws Exception {
        long started = System.nanoTime();
        try (InventorySubscriberProcess running = InventorySubscriberProcess.start(system)) {
            AtomicInteger done = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                CompletableFuture<Void> all = CompletableFuture.allOf(IntStream.range(0, PRODUCTS)
                        .mapToObj(i -> CompletableFuture.runAsync(() -> {
                            writes.lifecycle(i);
                            done.incrementAndGet();
                        }, clients)).toArray(CompletableFuture[]::new));
                Eventually.within(WRITES_TIMEOUT, () -> assertThat(done.get()).isGreaterThanOrEqualTo(PRODUCTS / 2));
                running.process().restart();
                all.get(WRITES_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } finally {
                clients.shutdownNow();
            }
            assertThat(writes.failures).as("write failures").isEmpty();
            System.out.printf("inventory convergence: %d products written in %d s%n", PRODUCTS,
                    (System.nanoTime() - started) / 1_000_000_000);

            Eventually.within(CONVERGENCE, () -> assertThat(running.sellableSkus(writes.ids.keySet()))
                    .isEqualTo(writes.publishedSkus()));
            assertThat(publishedSkusOfTheCatalog()).as("the catalog's own snapshot").isEqualTo(writes.publishedSkus());
            assertThat(consumerLag(running)).as("consumer lag metric").isNotNull();
            System.out.printf("inventory convergence: first subscriber converged after %d s%n",
                    (System.nanoTime() - started) / 1_000_000_000);
        }

        try (InventorySubscriberProcess late = InventorySubscriberProcess.start(system)) {
            Eventually.within(CONVERGENCE, () -> assertThat(late.sellableSkus(writes.ids.keySet()))
                    .isEqualTo(writes.publishedSkus()));
            // the bootstrap applies each state as it reads it and records its count once it reached the topic's end,
            // so the SKUs can converge a moment before the count is stored
            Eventually.within(CONVERGENCE, () -> assertThat(late.statesBootstrapped())
                    .as("states read from catalog.product-state.v1").isGreaterThanOrEqualTo(PRODUCTS));
            System.out.printf("inventory convergence: late subscriber converged; %d s in all%n",
                    (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    /** The SKUs of this test's published products as the catalog's snapshot API states them. */
    private Set<String> publishedSkusOfTheCatalog() {
        String token = system.jwt().mint("inventory-test", Duration.ofMinutes(5), "INTEGRATION");
        Set<String> skus = new HashSet<>();
        String position = null;
        String after = null;
        do {
            JsonNode page = json(get("/api/v1/integration/products?limit=500"
                    + (position == null ? "" : "&position=" + position) + (after == null ? "" : "&afterProduct=" + after), token));
            position = page.path("position").asText();
            for (JsonNode state : page.path("items")) {
                if (writes.ids.containsKey(state.path("productId").asText()) && "PUBLISHED".equals(state.path("status").asText())) {
                    skus.add(state.path("sku").asText());
                    state.path("variants").forEach(variant -> skus.add(variant.path("sku").asText()));
                }
            }
            after = page.path("next").isMissingNode() || page.path("next").isNull() ? null : page.path("next").asText();
        } while (after != null);
        return skus;
    }

    private static JsonNode consumerLag(InventorySubscriberProcess subscriber) {
        HttpResponse<String> metric = get(subscriber.process().baseUrl()
                + "/actuator/metrics/kafka.consumer.fetch.manager.records.lag.max");
        assertThat(metric.statusCode()).as(metric.body()).isEqualTo(200);
        return json(metric).path("measurements");
    }

    private static HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(system.querySideUrl() + path)).header("Authorization", "Bearer " + token));
    }

    private static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the clients wrote, and the SKUs that must end up published. */
    private static final class ProductWrites {

        final String token = system.jwt().mint("seller-inventory-" + UUID.randomUUID(), Duration.ofMinutes(30), "SELLER");
        final String prefix = "INVC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        /** product id → its SKUs that are published at the end (empty if it is not published). */
        final ConcurrentHashMap<String, Set<String>> ids = new ConcurrentHashMap<>();
        final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

        /**
         * Product {@code i}: created with a variant; then by i mod 5 it is published; gets a second variant, loses the
         * first and is published; is published, unpublished and discontinued; gets a new price, is published and
         * unpublished; or gets a second variant, loses the first, is undone back to the version with the first only
         * (an undo that changes variants: the subscriber must reset its SKUs from the reverted event) and published.
         * Variant and price edits happen while it is a draft, so they are public at its publication whether or not
         * edits of a published product are staged. About 4.6 writes per product.
         */
        void lifecycle(int i) {
            String sku = prefix + "-" + i;
            try {
                String id = created(sku);
                String small = variant(id, sku + "-S", "S");
                Set<String> published = switch (i % 5) {
                    case 0 -> {
                        status(id, sku, "publish");
                        yield Set.of(sku, sku + "-S");
                    }
                    case 1 -> {
                        variant(id, sku + "-M", "M");
                        expect(client.write("DELETE", token, "/api/v1/products/" + id + "/variants/" + small, null, null, null),
                                200, sku + " remove variant");
                        status(id, sku, "publish");
                        yield Set.of(sku, sku + "-M");
                    }
                    case 2 -> {
                        status(id, sku, "publish");
                        status(id, sku, "unpublish"); // a published product cannot be discontinued directly
                        status(id, sku, "discontinue");
                        yield Set.of();
                    }
                    case 3 -> {
                        expect(client.changeProduct(token, id, "price", "{\"amount\": 2900, \"currency\": \"EUR\"}"), 200, sku);
                        status(id, sku, "publish");
                        status(id, sku, "unpublish");
                        yield Set.of();
                    }
                    default -> {
                        variant(id, sku + "-M", "M");
                        expect(client.write("DELETE", token, "/api/v1/products/" + id + "/variants/" + small, null, null, null),
                                200, sku + " remove variant");
                        // version 1 = just after the first variant was added: S is back, M is gone
                        expect(client.write("POST", token, "/api/v1/products/" + id + "/restore?version=1", null, null, null),
                                200, sku + " undo to version 1");
                        status(id, sku, "publish");
                        yield Set.of(sku, sku + "-S");
                    }
                };
                ids.put(id, published);
            } catch (RuntimeException e) {
                failures.add(sku + ": " + e);
            }
        }

        private void status(String id, String sku, String action) {
            expect(client.changeProduct(token, id, action, null), 200, sku + " " + action);
        }

        Set<String> publishedSkus() {
            Set<String> skus = new HashSet<>();
            ids.values().forEach(skus::addAll);
            return skus;
        }

        private String created(String sku) {
            HttpResponse<String> created = client.createProduct(token,
                    CatalogClient.productJson("Inventory " + sku, null, sku, 1900, "EUR"));
            expect(created, 201, sku + " create");
            return json(created).path("id").asText();
        }

        private String variant(String productId, String sku, String size) {
            HttpResponse<String> added = client.write("POST", token, "/api/v1/products/" + productId + "/variants", null,
                    "application/json", "{\"sku\": \"" + sku + "\", \"options\": {\"size\": \"" + size + "\"}}");
            expect(added, 201, sku + " add variant");
            return json(added).path("variantId").asText();
        }

        private static void expect(HttpResponse<String> response, int status, String what) {
            if (response.statusCode() != status) {
                throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
            }
        }
    }
}
