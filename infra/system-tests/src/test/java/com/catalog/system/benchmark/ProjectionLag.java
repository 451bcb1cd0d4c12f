package com.catalog.system.benchmark;

import com.catalog.system.CatalogClient;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Time from a create's 201 until Elasticsearch holds the document: first by realtime GET (the
 * projection wrote it), then by search (an index refresh made it visible; ~1 s refresh interval).
 * One product at a time so the figure is lag, not queueing behind a burst.
 */
record ProjectionLag(LatencySample indexed, LatencySample searchable) {

    /** Often enough to resolve a few milliseconds, rarely enough not to steal the CPU being measured. */
    private static final long POLL_MILLIS = 2;

    static ProjectionLag measure(CatalogClient client, String elasticsearchUrl, String token, int samples, Duration timeout) throws InterruptedException {
        long[] indexed = new long[samples];
        long[] searchable = new long[samples];
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        for (int i = 0; i < samples; i++) {
            HttpResponse<String> created = client.createProduct(token,
                    CatalogClient.productJson("Lag probe " + i, null, "LAG-" + run + "-" + i, 500, "EUR"));
            long acknowledged = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("create failed: " + created.body());
            }
            String id = CatalogClient.json(created).path("id").asText();
            indexed[i] = waitFor(() -> client.get(elasticsearchUrl + "/catalog-products/_doc/" + id).statusCode() == 200, acknowledged, timeout);
            searchable[i] = waitFor(() -> CatalogClient.json(client.get(elasticsearchUrl + "/catalog-products/_search?q=_id:" + id))
                    .path("hits").path("total").path("value").asInt() == 1, acknowledged, timeout);
        }
        return new ProjectionLag(new LatencySample(indexed), new LatencySample(searchable));
    }

    private static long waitFor(BooleanSupplier visible, long since, Duration timeout) throws InterruptedException {
        long deadline = since + timeout.toNanos();
        while (!visible.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not visible within " + timeout);
            }
            Thread.sleep(POLL_MILLIS);
        }
        return System.nanoTime() - since;
    }
}
