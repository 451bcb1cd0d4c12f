package com.catalog.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.ProductRequests;
import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests of the admin-managed resources (categories, brands): the real app on a random port,
 * a fresh PostgreSQL database, real RS256 tokens, plain HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AdminResourceApiTest {

    protected static final String JSON = "application/json";
    protected static final String MERGE_PATCH = "application/merge-patch+json";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected ObjectMapper json;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        PostgresDatabase database = TestEngines.postgres();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestEngines.jwt()::publicKeyLocation);
    }

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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
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
        ObjectNode body = (ObjectNode) new ObjectMapper().readTree(ProductRequests.createJson("Placed lamp", sku, 1500, "EUR"));
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

    protected JsonNode bodyOf(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Every error is an RFC 9457 problem with our type URI and code, and tells nothing about our internals. */
    protected JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = bodyOf(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("type").asText()).isEqualTo("https://catalog.dev/problems/" + code);
        assertThat(response.body()).doesNotContain("Exception", "at com.", "org.axonframework", "SQL");
        return problem;
    }

    protected List<String> storedEventTypes(String aggregateId) {
        return jdbc.sql("""
                        SELECT payload_type FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number""")
                .param(aggregateId).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
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
