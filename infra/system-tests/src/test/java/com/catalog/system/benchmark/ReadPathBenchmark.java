package com.catalog.system.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.CatalogSystem;
import com.catalog.system.CatalogClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's buyers' read path under load: {@code bench.products} (100,000) published products over 500 categories
 * and 1,000 brands, seeded through the write API (one import job with publish=true) once and kept (a named database
 * and an Elasticsearch data dir under {@code bench.read.dir}, reused by the next run), then wrk ({@code -t2 -c32}) against the product page by id,
 * search with facets and suggest, next to two ceilings measured in the same run: a constant JSON endpoint of the
 * same query-side stack (profile {@code bench} only) and the raw Elasticsearch query of the same shape as the
 * search. Rate limits are switched off for both apps. Not part of the test suite: see docs/benchmarks.md.
 */
@Tag("benchmark")
class ReadPathBenchmark {

    private static final int PRODUCTS = Integer.getInteger("bench.products", 100_000);
    private static final int CATEGORIES = Integer.getInteger("bench.categories", 500);
    private static final int BRANDS = Integer.getInteger("bench.brands", 1000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 15));
    /** After {@link #WARM_UP}: windows of this length until two in a row differ by at most {@link #SETTLED}. */
    private static final Duration WARM_UP_WINDOW = Duration.ofSeconds(10);
    private static final double SETTLED = Double.parseDouble(System.getProperty("bench.warmupSettled", "0.10"));
    private static final Duration WARM_UP_MAX = Duration.ofSeconds(Integer.getInteger("bench.warmupMaxSeconds", 300));
    private static final Path DIR = Path.of(System.getProperty("bench.read.dir", "/var/tmp/catalog-read-bench"));
    private static final String CONSTANT = "/api/v1/products/benchmark/constant";

    @Test
    void measure() throws Exception {
        CatalogSystem system = ReadBenchSystem.start(DIR);
        try {
            ReadBenchSeed seed = new ReadBenchSeed(system, DIR.resolve("seed.json"));
            int seeded = seed.ensure(PRODUCTS, CATEGORIES, BRANDS);
            seed.awaitProjections(Duration.ofMinutes(Integer.getInteger("bench.catchUpMinutes", 180)));
            Path out = Files.createDirectories(Path.of("target", "read-bench"));
            Wrk wrk = new Wrk(Integer.getInteger("bench.threads", 2), Integer.getInteger("bench.connections", 32), out);
            // search, suggest, raw Elasticsearch and the constant endpoint once more at a low concurrency: on 2 cores
            // shared with Elasticsearch, 32 connections measure the queue more than the request
            Wrk fewer = new Wrk(2, Integer.getInteger("bench.fewConnections", 4), out);
            List<String> queries = ReadBenchLoad.queries(200);
            Map<String, Target> targets = new LinkedHashMap<>();
            Path constant = wrk.getScript("constant", List.of(CONSTANT));
            targets.put("constant", new Target(wrk, system.querySideUrl(), constant));
            // the ceiling of the low concurrency: what the same stack answers at c4 with no work behind it
            targets.put("constant-few", new Target(fewer, system.querySideUrl(), constant));
            targets.put("by-id", new Target(wrk, system.querySideUrl(), wrk.getScript("by-id",
                    publishedIds(system).stream().map(id -> "/api/v1/products/" + id).toList())));
            // both shapes of the search in Elasticsearch; the app's ratio is taken against the one it sends
            targets.put("es-search", new Target(wrk, system.elasticsearchUrl(), wrk.postScript("es-search",
                    "/catalog-products/_search", queries.stream().map(ReadBenchLoad::rawSearch).toList())));
            Path msearch = wrk.postScript("es-msearch", "/catalog-products/_msearch",
                    queries.stream().map(ReadBenchLoad::rawMsearch).toList());
            targets.put("es-msearch", new Target(wrk, system.elasticsearchUrl(), msearch));
            targets.put("es-msearch-few", new Target(fewer, system.elasticsearchUrl(), msearch));
            Path search = wrk.getScript("search",
                    queries.stream().map(q -> "/api/v1/products/search?q=" + ReadBenchLoad.encode(q)).toList());
            targets.put("search", new Target(wrk, system.querySideUrl(), search));
            targets.put("search-few", new Target(fewer, system.querySideUrl(), search));
            List<String> prefixes = ReadBenchLoad.prefixes(200);
            // the suggest's ceiling: the completion request the query side sends, straight to Elasticsearch
            Path rawSuggest = wrk.postScript("es-suggest", "/catalog-products/_search",
                    prefixes.stream().map(ReadBenchLoad::rawSuggest).toList());
            targets.put("es-suggest", new Target(wrk, system.elasticsearchUrl(), rawSuggest));
            targets.put("es-suggest-few", new Target(fewer, system.elasticsearchUrl(), rawSuggest));
            Path suggest = wrk.getScript("suggest", prefixes
                    .stream().map(p -> "/api/v1/products/suggest?q=" + ReadBenchLoad.encode(p)).toList());
            targets.put("suggest", new Target(wrk, system.querySideUrl(), suggest));
            targets.put("suggest-few", new Target(fewer, system.querySideUrl(), suggest));
            selected(targets);
            assertAnswers(system);
            assertMsearchAnswers(system, ReadBenchLoad.rawMsearch(queries.get(0)));

            Map<String, List<Wrk.Result>> results = new LinkedHashMap<>();
            for (Map.Entry<String, Target> target : targets.entrySet()) {
                warmUp(system, target.getKey(), target.getValue());
                results.put(target.getKey(), new ArrayList<>());
            }
            for (int round = 1; round <= ROUNDS; round++) {
                for (Map.Entry<String, Target> target : targets.entrySet()) {
                    Wrk.Result result = run(system, target.getValue(), RUN);
                    System.out.printf("round %d %-14s %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms  failed %d%n", round,
                            target.getKey(), result.perSecond(), result.p50(), result.p99(), result.failed());
                    results.get(target.getKey()).add(result);
                }
            }
            String report = ReadBenchReport.of(results, seeded, CATEGORIES, BRANDS, ROUNDS, RUN, LocalDate.now());
            System.out.println(report);
            Files.writeString(Path.of("target", "read-path-results.md"), report);
        } finally {
            system.stop();
        }
    }

    private record Target(Wrk wrk, String url, Path script) {
    }

    /**
     * {@code bench.targets}: a comma list of the targets to run (e.g. {@code search,search-few,es-msearch}), in the
     * order above; all when not given. An unknown name fails the run rather than measuring nothing.
     */
    private static void selected(Map<String, Target> targets) {
        String wanted = System.getProperty("bench.targets", "").trim();
        if (wanted.isEmpty()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>(Arrays.stream(wanted.split(",")).map(String::trim)
                .filter(name -> !name.isEmpty()).toList());
        assertThat(targets.keySet()).as("bench.targets").containsAll(names);
        targets.keySet().retainAll(names);
    }

    /**
     * Runs a target until its rate has settled: {@code bench.warmupSeconds}, then 10 s windows until two in a row
     * differ by at most {@code bench.warmupSettled} (10 %), at most {@code bench.warmupMaxSeconds} (300). The apps
     * start fresh for each benchmark run, and on this machine their JIT took minutes of load to settle: after a
     * fixed 15 s warm-up the constant endpoint's rounds climbed 647, 771, 1,275 req/s, against 6,699 after 120 s.
     */
    private static void warmUp(CatalogSystem system, String name, Target target) throws Exception {
        run(system, target, WARM_UP);
        long deadline = System.nanoTime() + WARM_UP_MAX.toNanos();
        double previous = run(system, target, WARM_UP_WINDOW).perSecond();
        System.out.printf("warm-up %-14s %8.0f req/s%n", name, previous);
        while (System.nanoTime() < deadline) {
            double current = run(system, target, WARM_UP_WINDOW).perSecond();
            System.out.printf("warm-up %-14s %8.0f req/s%n", name, current);
            if (Math.abs(current - previous) <= SETTLED * previous) {
                return;
            }
            previous = current;
        }
        System.out.printf("warm-up %-14s not settled within %s%n", name, WARM_UP_MAX);
    }

    /**
     * Each target on its own: first Elasticsearch's search pool drains what the previous target left queued (a
     * request wrk gave up on still runs there), so suggest is not measured behind searches.
     */
    private static Wrk.Result run(CatalogSystem system, Target target, Duration duration) throws Exception {
        awaitIdleSearchPool(system);
        return target.wrk().run(target.url(), target.script(), duration);
    }

    private static void awaitIdleSearchPool(CatalogSystem system) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String busy = "";
        while (System.nanoTime() < deadline) {
            busy = http.send(HttpRequest.newBuilder(URI.create(system.elasticsearchUrl()
                            + "/_cat/thread_pool/search?h=active,queue")).build(),
                    HttpResponse.BodyHandlers.ofString()).body().trim();
            if (busy.matches("0\\s+0")) {
                return;
            }
            Thread.sleep(200);
        }
        System.out.println("Elasticsearch's search pool still busy after 120 s (active, queue): " + busy);
    }

    /** Up to 10,000 published products' ids, straight from the index (the same whether seeded now or before). */
    private static List<String> publishedIds(CatalogSystem system) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(system.elasticsearchUrl() + "/catalog-products/_search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"size\":10000,\"_source\":false,\"query\":{\"term\":{\"status\":\"PUBLISHED\"}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : CatalogClient.json(response).path("hits").path("hits")) {
            ids.add(hit.path("_id").asText());
        }
        assertThat(ids).as("published products in the index").isNotEmpty();
        return ids;
    }

    /** An msearch answers 200 even when its searches fail: the ceiling's must both succeed with hits. */
    private static void assertMsearchAnswers(CatalogSystem system, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(system.elasticsearchUrl() + "/catalog-products/_msearch"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode answers = CatalogClient.json(response).path("responses");
        assertThat(answers).as(response.body()).hasSize(2);
        assertThat(answers.get(0).path("hits").path("hits")).as(response.body()).isNotEmpty();
        assertThat(answers.get(1).path("aggregations").path("categoryTree").path("buckets")).as(response.body()).isNotEmpty();
    }

    /** Each target answers 200 before it is measured: a fast stream of 404s would be no figure. */
    private static void assertAnswers(CatalogSystem system) {
        CatalogClient client = new CatalogClient(system);
        for (String path : List.of(CONSTANT, "/api/v1/products/search?q=oak%20desk", "/api/v1/products/suggest?q=rus")) {
            HttpResponse<String> answer = client.get(system.querySideUrl() + path);
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        }
    }
}
