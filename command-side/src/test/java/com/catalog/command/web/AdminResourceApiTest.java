package com.catalog.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.ProductRequests;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Base of the end-to-end tests of the admin-managed resources (categories, brands), on the shared {@link ApiTest}
 * plumbing.
 */
public abstract class AdminResourceApiTest extends ApiTest {

    protected static final String JSON = "application/json";
    protected static final String MERGE_PATCH = "application/merge-patch+json";

    protected static String token(String role) {
        return TestEngines.jwt().mint(role.toLowerCase() + "-" + UUID.randomUUID(), Duration.ofMinutes(5), role);
    }

    protected static String admin() {
        return token("ADMIN");
    }

    /** A slug no other test uses, so tests never see each other's rows. */
    protected static String freshSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected HttpResponse<String> send(String method, String path, String token, String contentType, String body,
                                        String ifMatch) {
        return exchange(method, path, token, contentType, body, ifMatch);
    }

    protected HttpResponse<String> post(String path, String token, String body) {
        return send("POST", path, token, JSON, body, null);
    }

    /** Creates through the API and returns the new id. */
    protected String created(String collection, String body) {
        HttpResponse<String> response = post(collection, admin(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return bodyOf(response).path("id").asText();
    }

    /** A real product of a seller, placed in the category and brand given (either may be null); returns its id. */
    protected String productIn(String categoryId, String brandId) throws IOException {
        String sku = "PLACED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ObjectNode body = (ObjectNode) json.readTree(ProductRequests.createJson("Placed lamp", sku, 1500, "EUR"));
        if (categoryId != null) {
            body.put("categoryId", categoryId);
        }
        if (brandId != null) {
            body.put("brandId", brandId);
        }
        HttpResponse<String> response = post("/api/v1/products", token("SELLER"), body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return bodyOf(response).path("id").asText();
    }

    /** Runs the calls at the same moment from as many threads and returns their status codes. */
    protected static List<Integer> inParallel(List<Callable<HttpResponse<String>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                statuses.add(future.get().statusCode());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
