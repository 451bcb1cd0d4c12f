package com.catalog.system.benchmark;

import com.catalog.engines.CatalogSystem;
import com.catalog.system.CatalogClient;
import com.catalog.system.RunningCatalog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton's honest numbers: create-product throughput at 16 clients, GET-by-id
 * latency, and projection lag from the command's acknowledgement until Elasticsearch has the
 * document (realtime GET) and until search finds it (after an index refresh). Each figure comes
 * with a ceiling measured in the same run: the same HTTP load against the app's trivial /actuator/info endpoint (HTTP stack, no database).
 * Not part of the test suite: run it with the command in docs/benchmarks.md.
 */
@Tag("benchmark")
class ProductFlowBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final int CREATES = Integer.getInteger("bench.creates", 3000);
    private static final int READS = Integer.getInteger("bench.reads", 10000);
    private static final int LAG_SAMPLES = Integer.getInteger("bench.lagSamples", 100);
    private static final Duration LAG_TIMEOUT = Duration.ofSeconds(30);

    private final CatalogSystem system = RunningCatalog.get();
    private final CatalogClient client = new CatalogClient(system);
    private final String token = system.jwt().mint("bench-seller", Duration.ofHours(2), "SELLER");

    @Test
    void measure() throws Exception {
        createProducts(CLIENTS, 200, new ConcurrentLinkedQueue<>()); // warm-up: JIT, pools, caches
        var commandCeiling = ConcurrentLoad.run(CLIENTS, CREATES, i -> ok(client.get(system.commandSideUrl() + "/actuator/info")));
        var ids = new ConcurrentLinkedQueue<String>();
        var creates = createProducts(CLIENTS, CREATES, ids);
        List<String> readable = new ArrayList<>(ids);
        var queryCeiling = ConcurrentLoad.run(CLIENTS, READS, i -> ok(client.get(system.querySideUrl() + "/actuator/info")));
        var reads = ConcurrentLoad.run(CLIENTS, READS, i -> ok(client.getProduct(readable.get(i % readable.size()), null)));
        var lag = ProjectionLag.measure(client, system.elasticsearchUrl(), token, LAG_SAMPLES, LAG_TIMEOUT);

        String report = report(commandCeiling, creates, queryCeiling, reads, lag);
        System.out.println(report);
        Path out = Path.of("target", "benchmark-results.md");
        Files.writeString(out, report);
        assertThat(creates.failures()).as("failed creates").isZero();
        assertThat(reads.failures()).as("failed reads").isZero();
    }

    private ConcurrentLoad.Result createProducts(int clients, int count, ConcurrentLinkedQueue<String> ids) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return ConcurrentLoad.run(clients, count, i -> {
            HttpResponse<String> created = client.createProduct(token, CatalogClient.productJson("Bench product " + i,
                    "benchmark run " + run, "B-" + run + "-" + i, 100 + i, "EUR"));
            if (created.statusCode() != 201) {
                return false;
            }
            ids.add(CatalogClient.json(created).path("id").asText());
            return true;
        });
    }

    private static boolean ok(HttpResponse<String> response) {
        return response.statusCode() == 200;
    }

    private static String report(ConcurrentLoad.Result commandCeiling, ConcurrentLoad.Result creates,
                                 ConcurrentLoad.Result queryCeiling, ConcurrentLoad.Result reads, ProjectionLag lag) throws IOException {
        return """
                ## Run of %s (%d cores, %s, Java %s)

                | measure | n | per second | p50 ms | p99 ms |
                |---|---|---|---|---|
                | ceiling: command-side `GET /actuator/info`, %d clients | %d | %.0f | %.2f | %.2f |
                | `POST /api/v1/products`, %d clients | %d | %.0f | %.2f | %.2f |
                | ceiling: query-side `GET /actuator/info`, %d clients | %d | %.0f | %.2f | %.2f |
                | `GET /api/v1/products/{id}`, %d clients | %d | %.0f | %.2f | %.2f |
                | lag: acknowledged → in Elasticsearch (realtime GET), 1 client | %d | | %.1f | %.1f |
                | lag: acknowledged → found by search, 1 client | %d | | %.1f | %.1f |
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(), Files.readString(Path.of("/proc/cpuinfo")).lines()
                        .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("unknown CPU"),
                System.getProperty("java.version"),
                CLIENTS, commandCeiling.latencies().size(), commandCeiling.perSecond(), commandCeiling.latencies().percentileMillis(50), commandCeiling.latencies().percentileMillis(99),
                CLIENTS, creates.latencies().size(), creates.perSecond(), creates.latencies().percentileMillis(50), creates.latencies().percentileMillis(99),
                CLIENTS, queryCeiling.latencies().size(), queryCeiling.perSecond(), queryCeiling.latencies().percentileMillis(50), queryCeiling.latencies().percentileMillis(99),
                CLIENTS, reads.latencies().size(), reads.perSecond(), reads.latencies().percentileMillis(50), reads.latencies().percentileMillis(99),
                lag.indexed().size(), lag.indexed().percentileMillis(50), lag.indexed().percentileMillis(99),
                lag.searchable().size(), lag.searchable().percentileMillis(50), lag.searchable().percentileMillis(99));
    }
}
