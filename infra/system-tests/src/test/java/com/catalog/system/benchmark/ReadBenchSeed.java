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
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Seeds the read benchmark's catalog through the write API: categories and brands by their bulk endpoints, products
 * by one NDJSON import job with {@code publish=true} ({@code POST /api/v1/imports?publish=true}: each line's product
 * is created and published in one transaction on the command side), followed to its end through the job's status.
 * What was seeded is remembered in {@code state} next to the kept database and index, so a later run skips it; an
 * interrupted run follows its job again instead of uploading a second one, and a short seed is topped up by a new
 * job for the missing products.
 */
final class ReadBenchSeed {

    private static final int BATCH = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CatalogSystem system;
    private final Path state;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String admin;
    private final String seller;

    ReadBenchSeed(CatalogSystem system, Path state) {
        this.system = system;
        this.state = state;
        this.admin = system.jwt().mint("read-bench-admin", Duration.ofHours(12), "ADMIN");
        this.seller = system.jwt().mint("read-bench-seller", Duration.ofHours(12), "SELLER");
    }

    /** Seeds what is missing and returns how many products the state file says are published. */
    int ensure(int products, int categories, int brands) throws Exception {
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
        if (seeded.hasNonNull("importJob")) {
            done = follow(seeded.path("importJob").asText(), done);
            if (done >= products) {
                return done;
            }
        }
        // a fresh tag per job: an interrupted job may have left SKUs and slugs that a new one must not reuse
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path lines = Files.createTempFile("read-bench-products", ".ndjson");
        try {
            for (int from = done; from < products; from += BATCH) {
                String batch = ReadBenchCatalog.productsJson(from, Math.min(products, from + BATCH), categoryIds, brandIds)
                        .replace("\"RB-", "\"RB-" + tag + "-").replace("\"rb-", "\"rb-" + tag.toLowerCase() + "-");
                StringBuilder ndjson = new StringBuilder();
                JSON.readTree(batch).forEach(product -> ndjson.append(product).append('\n'));
                Files.writeString(lines, ndjson, StandardOpenOption.APPEND);
            }
            HttpResponse<String> accepted = send(HttpRequest.newBuilder(
                            URI.create(system.commandSideUrl() + "/api/v1/imports?publish=true"))
                    .timeout(Duration.ofMinutes(30)).header("Authorization", "Bearer " + seller)
                    .header("Content-Type", "application/x-ndjson").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofFile(lines)).build());
            if (accepted.statusCode() != 202) {
                throw new AssertionError("import upload: " + accepted.statusCode() + " " + accepted.body());
            }
            String job = CatalogClient.json(accepted).path("id").asText();
            ObjectNode withJob = load();
            withJob.put("importJob", job);
            save(withJob);
            System.out.printf("read benchmark seed: import job %s, %d products to create and publish%n", job,
                    products - done);
            return follow(job, done);
        } finally {
            Files.deleteIfExists(lines);
        }
    }

    /**
     * Polls the import job until it ended (bounded by {@code bench.seedHours}, 6), then records its products as
     * seeded. Any refused line fails the seed: the figures are for a catalog of exactly the wanted size.
     */
    private int follow(String job, int before) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofHours(Integer.getInteger("bench.seedHours", 6)).toNanos();
        JsonNode status;
        while (true) {
            status = CatalogClient.json(send(HttpRequest.newBuilder(
                    URI.create(system.commandSideUrl() + "/api/v1/imports/" + job))
                    .timeout(Duration.ofMinutes(1)).header("Authorization", "Bearer " + seller).GET().build()));
            String phase = status.path("status").asText();
            System.out.printf("read benchmark seed: import %s %s, %d/%d lines (%.1f/s), %d failed%n", job, phase,
                    status.path("done").asLong(), status.path("total").asLong(), status.path("linesPerSecond").asDouble(),
                    status.path("failed").asLong());
            if (!phase.equals("QUEUED") && !phase.equals("RUNNING")) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import " + job + " did not end in time: " + status);
            }
            Thread.sleep(10_000);
        }
        ObjectNode seeded = load();
        seeded.putNull("importJob");
        int now = before + status.path("succeeded").asInt();
        seeded.put("products", now);
        save(seeded);
        if (!status.path("status").asText().equals("COMPLETED") || status.path("failed").asLong() > 0) {
            throw new AssertionError("import " + job + " did not create every product: " + status);
        }
        return now;
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
