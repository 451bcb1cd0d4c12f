package com.catalog.system.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.CatalogSystem;
import com.catalog.system.CatalogClient;
import com.catalog.system.RunningCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's import job at scale: {@code bench.importCategories} (500) categories and {@code bench.importBrands}
 * (1,000) brands created in bulk, then {@code bench.importProducts} (100,000) products over them through
 * {@code POST /api/v1/imports}, through the real apps (processes) and engines. Measures the upload, the job's rate
 * (overall and the median over 10 s windows), and how long the query side's product projections need after the job
 * completed to have projected every event; for comparison, the same run's {@code /products/bulk} rate.
 * Not part of the test suite: run it with the command in docs/benchmarks.md.
 */
@Tag("benchmark")
class ImportBenchmark {

    private static final int PRODUCTS = Integer.getInteger("bench.importProducts", 100_000);
    private static final int CATEGORIES = Integer.getInteger("bench.importCategories", 500);
    private static final int BRANDS = Integer.getInteger("bench.importBrands", 1000);
    /** Items per bulk request: small enough to answer within the client's 30 s timeout on a busy shared machine. */
    private static final int BULK_ITEMS = 100;
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final int WINDOW_POLLS = 10;
    private static final Duration TIMEOUT = Duration.ofHours(2);
    private static final int CEILING_THREADS = 4;
    private static final int CEILING_LINES_PER_TX = 20;
    private static final int CEILING_STATEMENTS_PER_LINE = 7;
    private static final int CEILING_SECONDS = Integer.getInteger("bench.ceilingSeconds", 15);

    private final CatalogSystem system = RunningCatalog.get();
    private final CatalogClient client = new CatalogClient(system);
    private final String admin = system.jwt().mint("bench-admin", Duration.ofHours(3), "ADMIN");
    private final String seller = system.jwt().mint("bench-import-seller", Duration.ofHours(3), "SELLER");
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void measure() throws Exception {
        List<String> categories = createInBulk("/api/v1/categories/bulk", CATEGORIES,
                i -> "{\"name\": \"Bench category %s %d\", \"slug\": \"bench-%s-c%d\"}".formatted(run, i, run, i));
        List<String> brands = createInBulk("/api/v1/brands/bulk", BRANDS,
                i -> "{\"name\": \"Bench brand %s %d\", \"slug\": \"bench-%s-b%d\"}".formatted(run, i, run, i));
        double bulkRate = bulkRate();
        Path file = writeUpload(categories, brands);

        Duration commandCpuBefore = cpuOf(system.commandSide().port());
        Duration queryCpuBefore = cpuOf(system.querySide().port());
        long uploadStart = System.nanoTime();
        HttpResponse<String> accepted = client.upload(seller, "/api/v1/imports", "application/x-ndjson", file);
        long uploadNanos = System.nanoTime() - uploadStart;
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();

        List<Integer> doneByPoll = new ArrayList<>();
        JsonNode job = awaitEnd(location, doneByPoll);
        long completedAt = System.nanoTime();
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.path("succeeded").asInt()).as(job.toString()).isEqualTo(PRODUCTS);
        long projectedAt = awaitProjected();
        double commandCpuMsPerLine = cpuOf(system.commandSide().port()).minus(commandCpuBefore).toMillis() / (double) PRODUCTS;
        double queryCpuMsPerLine = cpuOf(system.querySide().port()).minus(queryCpuBefore).toMillis() / (double) PRODUCTS;
        double ceiling = postgresCeiling();

        String report = report(uploadNanos, job, windowRates(doneByPoll), (projectedAt - completedAt) / 1e9,
                (projectedAt - uploadStart) / 1e9, bulkRate, ceiling, Files.size(file))
                + "\nCPU per product, upload to all projected (independent of how busy the machine is): command side %.2f ms, query side %.2f ms\n"
                .formatted(commandCpuMsPerLine, queryCpuMsPerLine) + "\nEvents behind the head, per projection, "
                + "once the product projections had all: " + otherProjections() + "\n";
        System.out.println(report);
        Files.writeString(Path.of("target", "import-results.md"), report);
        Files.delete(file);
    }

    private List<String> createInBulk(String path, int count, IntFunction<String> item) {
        List<String> ids = new ArrayList<>(count);
        for (int from = 0; from < count; from += BULK_ITEMS) {
            int to = Math.min(count, from + BULK_ITEMS);
            StringBuilder body = new StringBuilder("[");
            for (int i = from; i < to; i++) {
                body.append(i > from ? "," : "").append(item.apply(i));
            }
            HttpResponse<String> created = client.write("POST", admin, path, null, "application/json", body.append(']').toString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
            JsonNode result = CatalogClient.json(created);
            assertThat(result.path("failed").asInt()).as(created.body()).isZero();
            result.path("items").forEach(outcome -> ids.add(outcome.path("id").asText()));
        }
        return ids;
    }

    /**
     * The ceiling, measured in the same run once the job and projections are done: PostgreSQL alone taking the shape
     * of the import's writes, from {@code CEILING_THREADS} connections (the workers' count) for {@code CEILING_SECONDS}:
     * transactions of {@code CEILING_LINES_PER_TX} "lines" of {@code CEILING_STATEMENTS_PER_LINE} single-row inserts of
     * an event's size each, one round trip per statement, as a line needs (savepoint, reference reads, SKU, slug,
     * event, reference lookup). No app, no Axon, no JSON: what the import could reach if the command side cost nothing.
     * @return "lines" per second
     */
    private double postgresCeiling() throws Exception {
        var database = system.database();
        String table = "bench_import_ceiling_" + run;
        try (Connection admin = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            admin.createStatement().execute("CREATE TABLE " + table + " (id BIGSERIAL PRIMARY KEY, line INT, payload TEXT)");
        }
        String payload = "x".repeat(400);
        AtomicLong lines = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(CEILING_SECONDS).toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(CEILING_THREADS);
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < CEILING_THREADS; t++) {
            running.add(threads.submit(() -> {
                try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                     PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (line, payload) VALUES (?, ?)")) {
                    connection.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        for (int line = 0; line < CEILING_LINES_PER_TX; line++) {
                            for (int statement = 0; statement < CEILING_STATEMENTS_PER_LINE; statement++) {
                                insert.setInt(1, line);
                                insert.setString(2, payload);
                                insert.executeUpdate();
                            }
                        }
                        connection.commit();
                        lines.addAndGet(CEILING_LINES_PER_TX);
                    }
                }
                return null;
            }));
        }
        for (Future<?> thread : running) {
            thread.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        threads.shutdown();
        try (Connection admin = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            admin.createStatement().execute("DROP TABLE " + table);
        }
        return lines.get() / seconds;
    }

    /** CPU time the app process listening on {@code port} (a child JVM of this run) has used so far. */
    private static Duration cpuOf(int port) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains("--server.port=" + port + " ")
                        || line.endsWith("--server.port=" + port)).orElse(false))
                .findFirst().flatMap(process -> process.info().totalCpuDuration())
                .orElseThrow(() -> new AssertionError("no app process on port " + port));
    }

    /** The synchronous bulk endpoint in the same run: a request of products created one command after the other. */
    private double bulkRate() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < BULK_ITEMS; i++) {
            body.append(i > 0 ? "," : "").append(CatalogClient.productJson("Bulk " + i, null, "BB-" + run + "-" + i, 999, "EUR"));
        }
        long start = System.nanoTime();
        HttpResponse<String> created = client.write("POST", seller, "/api/v1/products/bulk", null, "application/json",
                body.append(']').toString());
        long nanos = System.nanoTime() - start;
        assertThat(CatalogClient.json(created).path("succeeded").asInt()).as(created.body()).isEqualTo(BULK_ITEMS);
        return BULK_ITEMS / (nanos / 1e9);
    }

    private Path writeUpload(List<String> categories, List<String> brands) throws IOException {
        Path file = Files.createTempFile(Path.of("target"), "import-benchmark-", ".ndjson");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < PRODUCTS; i++) {
                String product = CatalogClient.productJson("Imported product " + i, "Benchmark import " + run,
                        "IMP-" + run + "-" + i, 1000 + i % 9000, "EUR");
                out.write(product.substring(0, product.length() - 1) + ",\"categoryId\":\"" + categories.get(i % categories.size())
                        + "\",\"brandId\":\"" + brands.get(i % brands.size()) + "\"}\n");
            }
        }
        return file;
    }

    private JsonNode awaitEnd(String location, List<Integer> doneByPoll) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = CatalogClient.json(client.get(system.commandSideUrl() + location, seller, Duration.ofSeconds(30)));
            doneByPoll.add(job.path("done").asInt());
            if (!List.of("QUEUED", "RUNNING").contains(job.path("status").asText())) {
                return job;
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new AssertionError("the import did not end within " + TIMEOUT);
    }

    /**
     * @return System.nanoTime() when every product projection of the query side (read model, search index, Kafka
     *         publisher: the names starting with {@code product-}) had reached the event store's head
     */
    private long awaitProjected() throws InterruptedException {
        long head = projections().path("head").asLong();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean caughtUp = true;
            for (JsonNode projection : projections().path("projections")) {
                if (projection.path("name").asText().startsWith("product-")) {
                    caughtUp &= projection.path("position").asLong(-1) >= head;
                }
            }
            if (caughtUp) {
                return System.nanoTime();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the product projections did not reach position " + head + " within " + TIMEOUT);
    }

    /** Each projection's lag behind the head and whether a segment is in error, as the report's last line. */
    private String otherProjections() {
        StringBuilder lags = new StringBuilder();
        for (JsonNode projection : projections().path("projections")) {
            lags.append(lags.isEmpty() ? "" : ", ").append(projection.path("name").asText()).append(' ')
                    .append(projection.path("lag").asText("?"))
                    .append(projection.path("segments").findValuesAsText("error").contains("true") ? " (error)" : "");
        }
        return lags.toString();
    }

    private JsonNode projections() {
        return CatalogClient.json(client.get(system.querySideUrl() + "/api/v1/admin/projections", admin, Duration.ofSeconds(30)));
    }

    /** Lines per second in each window of ten polls while the job ran. */
    private static double[] windowRates(List<Integer> doneByPoll) {
        List<Double> rates = new ArrayList<>();
        for (int end = WINDOW_POLLS; end < doneByPoll.size(); end += WINDOW_POLLS) {
            rates.add((doneByPoll.get(end) - doneByPoll.get(end - WINDOW_POLLS)) / (WINDOW_POLLS * POLL.toMillis() / 1000.0));
        }
        return rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static String report(long uploadNanos, JsonNode job, double[] windows, double projectedAfter,
                                 double uploadToProjected, double bulkRate, double ceiling, long bytes) {
        double jobSeconds = Duration.between(Instant.parse(job.path("startedAt").asText()),
                Instant.parse(job.path("finishedAt").asText())).toMillis() / 1000.0;
        double median = windows.length == 0 ? Double.NaN : windows[windows.length / 2];
        return """
                ## Import job: %d products over %d categories and %d brands, run of %s (%d cores, Java %s)

                | measure | value |
                |---|---|
                | upload (%.1f MB NDJSON) until 202 | %.1f s |
                | job: started → completed | %.1f s |
                | rate over the whole job | %.0f products/s |
                | rate, median of %d windows of %d s (min – max) | %.0f products/s (%.0f – %.0f) |
                | after completion, until the product projections (page, search, Kafka) had every event | %.1f s |
                | upload start → all projected | %.1f s |
                | same run: `POST /api/v1/products/bulk`, %d items, for comparison | %.0f products/s |
                | ceiling, same run: PostgreSQL alone, %d connections, transactions of %d "lines" of %d single-row inserts, %d s | %.0f lines/s |
                """.formatted(PRODUCTS, CATEGORIES, BRANDS, LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), bytes / 1e6, uploadNanos / 1e9, jobSeconds,
                job.path("done").asInt() / jobSeconds, windows.length, WINDOW_POLLS * POLL.toSeconds(), median,
                windows.length == 0 ? Double.NaN : windows[0], windows.length == 0 ? Double.NaN : windows[windows.length - 1],
                projectedAfter, uploadToProjected, BULK_ITEMS, bulkRate, CEILING_THREADS, CEILING_LINES_PER_TX,
                CEILING_STATEMENTS_PER_LINE, CEILING_SECONDS, ceiling);
    }
}
