package com.catalog.system.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.CatalogSystem;
import com.catalog.system.CatalogClient;
import com.catalog.system.RunningCatalog;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's large product: one product with {@code bench.variants} (1,000) variants, through the real apps and
 * engines. Measures, each as a median over {@code bench.samples} requests: adding a variant while the product is
 * small and when it is large; loading the aggregate (a command that changes nothing, so the time is rehydration
 * plus HTTP); a change of one variant at full size; and how long the projections take to show that change (the
 * product page in PostgreSQL and the search document in Elasticsearch), plus the time until both had all variants.
 * Not part of the test suite: run it with the command in docs/benchmarks.md.
 */
@Tag("benchmark")
class ManyVariantsBenchmark {

    private static final int VARIANTS = Integer.getInteger("bench.variants", 1000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 30);
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final CatalogSystem system = RunningCatalog.get();
    private final CatalogClient client = new CatalogClient(system);
    private final String token = system.jwt().mint("bench-seller", Duration.ofHours(2), "SELLER");

    @Test
    void measure() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> created = client.createProduct(token,
                CatalogClient.productJson("Many variants " + run, "benchmark", "MV-" + run, 4900, "EUR"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = CatalogClient.json(created).path("id").asText();

        long[] adds = new long[VARIANTS];
        long lastPosition = 0;
        long allAddedAt = 0;
        for (int i = 0; i < VARIANTS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> added = client.write("POST", token, "/api/v1/products/" + id + "/variants", null,
                    "application/json", """
                            {"sku": "MV-%s-%d", "options": {"size": "%d"}}""".formatted(run, i, i));
            adds[i] = System.nanoTime() - start;
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            lastPosition = CatalogClient.json(added).path("position").asLong();
            allAddedAt = System.nanoTime();
        }
        long pageAfterAdds = waitFor(pageAt(id, lastPosition)) - allAddedAt;
        long searchAfterAdds = waitFor(searchHasVariants(id, VARIANTS)) - allAddedAt;

        LatencySample load = sample(() -> client.write("PATCH", token, "/api/v1/products/" + id, null, MERGE_PATCH,
                "{\"attributes\": {}}"));
        String variantId = firstVariantId(id, lastPosition);
        List<Long> pageLags = new ArrayList<>();
        List<Long> searchLags = new ArrayList<>();
        long[] changes = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            HttpResponse<String> changed = client.write("PATCH", token, "/api/v1/products/" + id + "/variants/" + variantId,
                    null, MERGE_PATCH, "{\"options\": {\"colour\": \"c" + i + "\"}}");
            long acknowledged = System.nanoTime();
            changes[i] = acknowledged - start;
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            long position = CatalogClient.json(changed).path("position").asLong();
            pageLags.add(waitFor(pageAt(id, position)) - acknowledged);
            String colour = "c" + i;
            searchLags.add(waitFor(() -> client.get(system.elasticsearchUrl() + "/catalog-products/_doc/" + id)
                    .body().contains("\"" + colour + "\"")) - acknowledged);
        }

        String report = report(new LatencySample(java.util.Arrays.copyOfRange(adds, 0, Math.min(SAMPLES, VARIANTS))),
                new LatencySample(java.util.Arrays.copyOfRange(adds, Math.max(0, VARIANTS - SAMPLES), VARIANTS)),
                load, new LatencySample(changes), sample(pageLags), sample(searchLags), pageAfterAdds, searchAfterAdds);
        System.out.println(report);
        Files.writeString(Path.of("target", "many-variants-results.md"), report);
    }

    private BooleanSupplier pageAt(String id, long position) {
        return () -> client.getProduct(id, Long.toString(position)).statusCode() == 200;
    }

    private BooleanSupplier searchHasVariants(String id, int count) {
        return () -> {
            HttpResponse<String> doc = client.get(system.elasticsearchUrl() + "/catalog-products/_doc/" + id);
            return doc.statusCode() == 200 && CatalogClient.json(doc).path("_source").path("variantSkus").size() == count;
        };
    }

    private String firstVariantId(String id, long position) {
        return CatalogClient.json(client.getProduct(id, Long.toString(position))).path("variants").get(0).path("id").asText();
    }

    private LatencySample sample(java.util.function.Supplier<HttpResponse<String>> request) {
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = request.get();
            nanos[i] = System.nanoTime() - start;
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
        return new LatencySample(nanos);
    }

    private static LatencySample sample(List<Long> nanos) {
        return new LatencySample(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    /** @return System.nanoTime() when the condition first held (polled every 2 ms) */
    private static long waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return System.nanoTime();
            }
            Thread.sleep(2);
        }
        throw new AssertionError("not reached within " + TIMEOUT);
    }

    private static String report(LatencySample firstAdds, LatencySample lastAdds, LatencySample load,
                                 LatencySample changes, LatencySample pageLag, LatencySample searchLag,
                                 long pageAfterAdds, long searchAfterAdds) {
        return """
                ## One product with %d variants, run of %s (%d cores, Java %s)

                | measure (median of %d unless noted) | p50 ms | p90 ms |
                |---|---|---|
                | add a variant, first %d variants | %.1f | %.1f |
                | add a variant, last %d (≈%d events to load) | %.1f | %.1f |
                | load: a command that changes nothing (rehydration + HTTP) | %.1f | %.1f |
                | change one variant's options (1 event) | %.1f | %.1f |
                | projection of that change: product page (PostgreSQL) | %.1f | %.1f |
                | projection of that change: search document (Elasticsearch, realtime GET) | %.1f | %.1f |
                | after the last add, until the page had it (once) | %.1f | |
                | after the last add, until the search document had all variants (once) | %.1f | |
                """.formatted(VARIANTS, LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), SAMPLES,
                SAMPLES, firstAdds.percentileMillis(50), firstAdds.percentileMillis(90),
                SAMPLES, VARIANTS, lastAdds.percentileMillis(50), lastAdds.percentileMillis(90),
                load.percentileMillis(50), load.percentileMillis(90),
                changes.percentileMillis(50), changes.percentileMillis(90),
                pageLag.percentileMillis(50), pageLag.percentileMillis(90),
                searchLag.percentileMillis(50), searchLag.percentileMillis(90),
                pageAfterAdds / 1e6, searchAfterAdds / 1e6);
    }
}
