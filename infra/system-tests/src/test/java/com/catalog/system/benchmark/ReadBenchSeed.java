package com.catalog.system.benchmark;

import com.catalog.engines.CatalogSystem;
import com.catalog.system.CatalogClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Seeds the read benchmark's catalog through the write API: categories and brands by their bulk endpoints, products
 * by {@code POST /api/v1/products/bulk} (1,000 per request), each then published one by one (there is no bulk
 * publish). What was seeded is remembered in {@code state} next to the kept database and index, so a later run
 * skips it, and an interrupted seed is topped up to the wanted count.
 */
final class ReadBenchSeed {

    private static final int BATCH = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CatalogSystem system;
    private final CatalogClient client;
    private final Path state;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String admin;
    private final String seller;

    ReadBenchSeed(CatalogSystem system, Path state) {
        this.system = system;
        this.client = new CatalogClient(system);
        this.state = state;
        this.admin = system.jwt().mint("read-bench-admin", Duration.ofHours(4), "ADMIN");
        this.seller = system.jwt().mint("read-bench-seller", Duration.ofHours(4), "SELLER");
    }

    /** Seeds what is missing and returns how many products the state file says are published. */
    int ensure(int products, int categories, int brands, int clients) throws Exception {
        ObjectNode seeded = load();
        if (!seeded.has("categories")) {
            List<String> roots = bulk("/api/v1/categories/bulk", ReadBenchCatalog.categoriesJson(0, categories / 10, null));
            List<String> all = new ArrayList<>(roots);
            for (int from = categories / 10; from < categories; from += BATCH) {
                all.addAll(bulk("/api/v1/categories/bulk",
                        ReadBenchCatalog.categoriesJson(from, Math.min(categories, from + BATCH), roots)));
            }
            List<String> brandIds = new ArrayList<>();
            for (int from = 0; from < brands; from += BATCH) {
                brandIds.addAll(bulk("/api/v1/brands/bulk", ReadBenchCatalog.brandsJson(from, Math.min(brands, from + BATCH))));
            }
            seeded.set("categories", JSON.valueToTree(all));
            seeded.set("brands", JSON.valueToTree(brandIds));
            seeded.put("products", 0);
            save(seeded);
        }
        List<String> categoryIds = strings(seeded.path("categories"));
        List<String> brandIds = strings(seeded.path("brands"));
        int done = seeded.path("products").asInt();
        if (done >= products) {
            System.out.printf("read benchmark: %d products already seeded (%s), skipping the seed%n", done, state);
            return done;
        }
        // a fresh tag per seeding session: an interrupted batch may have left SKUs that a retry must not reuse
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> batches = new ArrayList<>();
            for (int from = done; from < products; from += BATCH) {
                int start = from;
                int end = Math.min(products, from + BATCH);
                batches.add(pool.submit(() -> {
                    seedBatch(tag, start, end, categoryIds, brandIds);
                    recordProducts(end - start, started, done, products);
                    return null;
                }));
            }
            for (Future<?> batch : batches) {
                batch.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return load().path("products").asInt();
    }

    private void seedBatch(String tag, int from, int to, List<String> categoryIds, List<String> brandIds) {
        String body = ReadBenchCatalog.productsJson(from, to, categoryIds, brandIds).replace("\"RB-", "\"RB-" + tag + "-")
                .replace("\"rb-", "\"rb-" + tag.toLowerCase() + "-");
        for (String id : bulk("/api/v1/products/bulk", body, seller)) {
            HttpResponse<String> published = client.changeProduct(seller, id, "publish", null);
            if (published.statusCode() != 200) {
                throw new AssertionError("publish " + id + ": " + published.statusCode() + " " + published.body());
            }
        }
    }

    private synchronized void recordProducts(int added, long started, int before, int wanted) {
        ObjectNode seeded = load();
        int now = seeded.path("products").asInt() + added;
        seeded.put("products", now);
        save(seeded);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("read benchmark seed: %d/%d products created and published (%.0f/s)%n",
                now, wanted, (now - before) / seconds);
    }

    /** Waits until every projection of the query side has processed the whole event store. */
    void awaitProjections(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode overview = CatalogClient.json(send(HttpRequest.newBuilder(
                    URI.create(system.querySideUrl() + "/api/v1/admin/projections"))
                    .header("Authorization", "Bearer " + admin).GET().build()));
            long behind = 0;
            for (JsonNode projection : overview.path("projections")) {
                behind = Math.max(behind, projection.path("lag").asLong(0));
            }
            if (behind == 0) {
                return;
            }
            System.out.printf("read benchmark: projections %d events behind%n", behind);
            Thread.sleep(5000);
        }
        throw new AssertionError("projections did not catch up within " + timeout);
    }

    private List<String> bulk(String path, String json) {
        return bulk(path, json, admin);
    }

    private List<String> bulk(String path, String json, String token) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(system.commandSideUrl() + path))
                .timeout(Duration.ofMinutes(15)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        if (answer.statusCode() != 200) {
            throw new AssertionError(path + ": " + answer.statusCode() + " " + answer.body());
        }
        return ReadBenchCatalog.createdIds(CatalogClient.json(answer));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode load() {
        try {
            return Files.exists(state) ? (ObjectNode) JSON.readTree(state.toFile()) : JSON.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save(ObjectNode seeded) {
        try {
            Files.writeString(state, seeded.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
