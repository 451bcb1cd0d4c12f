package com.catalog.command.product.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.ProductRequests;
import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Lifecycle and price changes over real HTTP against the real app and a fresh PostgreSQL: who may, the
 * If-Match precondition, and what each refusal looks like.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductChangesApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String seller = "seller-" + UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        PostgresDatabase database = TestEngines.postgres();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestEngines.jwt()::publicKeyLocation);
    }

    @Test
    void the_owner_publishes_and_gets_the_new_version_and_position() {
        String id = createProduct();

        HttpResponse<String> published = post(id, "publish", owner(), null, null);

        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(published.headers().firstValue("ETag")).hasValue("\"1\"");
        JsonNode body = bodyOf(published);
        assertThat(body.path("id").asText()).isEqualTo(id);
        assertThat(body.path("version").asLong()).isEqualTo(1);
        assertThat(published.headers().firstValue("X-Catalog-Position"))
                .hasValue(Long.toString(body.path("position").asLong()));
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductPublishedEvent");
    }

    @Test
    void the_whole_lifecycle_with_if_match_at_every_step() {
        String id = createProduct();
        String admin = token("admin-" + UUID.randomUUID(), "ADMIN");

        assertThat(post(id, "publish", owner(), "\"0\"", null).statusCode()).isEqualTo(200);
        assertThat(post(id, "unpublish", owner(), "\"1\"", null).statusCode()).isEqualTo(200);
        assertThat(post(id, "discontinue", owner(), "\"2\"", null).statusCode()).isEqualTo(200);
        HttpResponse<String> restored = post(id, "restore", admin, "\"3\"", null);

        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(restored.headers().firstValue("ETag")).hasValue("\"4\"");
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductPublishedEvent",
                "ProductUnpublishedEvent", "ProductDiscontinuedEvent", "ProductRestoredEvent");
    }

    @Test
    void a_price_change_is_stored_and_the_same_price_again_answers_the_unchanged_version() {
        String id = createProduct();

        HttpResponse<String> changed = post(id, "price", owner(), null, price(2499, "EUR"));
        HttpResponse<String> again = post(id, "price", owner(), "\"1\"", price(2499, "EUR"));

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(again.headers().firstValue("X-Catalog-Position")).isEqualTo(changed.headers().firstValue("X-Catalog-Position"));
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductPriceChangedEvent");
    }

    @Test
    void without_a_token_the_answer_is_401() {
        assertProblem(post(createProduct(), "publish", null, null, null), 401, "unauthenticated");
    }

    @Test
    void another_seller_is_refused_by_the_aggregate_with_403() {
        String id = createProduct();
        String stranger = token("seller-" + UUID.randomUUID(), "SELLER");

        assertProblem(post(id, "publish", stranger, null, null), 403, "not-product-owner");
        assertProblem(post(id, "price", stranger, null, price(1, "EUR")), 403, "not-product-owner");
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent");
    }

    @Test
    void a_seller_may_not_restore_and_a_buyer_may_not_publish() {
        String id = createProduct();

        assertProblem(post(id, "restore", owner(), null, null), 403, "forbidden");
        assertProblem(post(id, "publish", token("buyer-1", "BUYER"), null, null), 403, "forbidden");
    }

    @Test
    void an_unknown_product_is_404() {
        assertProblem(post(UUID.randomUUID().toString(), "publish", owner(), null, null), 404, "not-found");
    }

    @Test
    void an_illegal_transition_is_409_naming_both_statuses() {
        String id = createProduct();
        post(id, "publish", owner(), null, null);

        HttpResponse<String> again = post(id, "publish", owner(), null, null);

        assertProblem(again, 409, "illegal-status-transition");
        assertThat(bodyOf(again).path("detail").asText()).contains("PUBLISHED to PUBLISHED");
        assertThat(storedEventTypes(id)).hasSize(2);
    }

    @Test
    void a_stale_if_match_is_412_with_the_current_version() {
        String id = createProduct();
        post(id, "price", owner(), "\"0\"", price(2000, "EUR"));

        HttpResponse<String> stale = post(id, "publish", owner(), "\"0\"", null);

        assertProblem(stale, 412, "version-mismatch");
        assertThat(bodyOf(stale).path("currentVersion").asLong()).isEqualTo(1);
        assertThat(storedEventTypes(id)).hasSize(2);
    }

    @Test
    void an_if_match_that_is_no_version_is_400() {
        assertProblem(post(createProduct(), "publish", owner(), "\"abc\"", null), 400, "invalid-value");
    }

    @Test
    void an_invalid_price_is_400() {
        String id = createProduct();

        assertProblem(post(id, "price", owner(), null, price(-1, "EUR")), 400, "invalid-request");
        assertProblem(post(id, "price", owner(), null, price(1, "XYZ")), 400, "invalid-value");
    }

    @Test
    void a_price_change_with_a_server_owned_member_is_422() {
        String id = createProduct();

        assertProblem(post(id, "price", owner(), null, "{\"amount\": 1, \"currency\": \"EUR\", \"status\": \"PUBLISHED\"}"),
                422, "unknown-fields");
    }

    @Test
    void the_api_docs_describe_the_new_endpoints() {
        HttpResponse<String> docs = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build());

        assertThat(docs.body()).contains("/api/v1/products/{id}/publish", "/api/v1/products/{id}/unpublish",
                "/api/v1/products/{id}/discontinue", "/api/v1/products/{id}/restore", "/api/v1/products/{id}/price",
                "If-Match", "version-mismatch", "not-product-owner");
    }

    private String createProduct() {
        String sku = "L-" + UUID.randomUUID().toString().substring(0, 13);
        HttpResponse<String> created = send(request("/api/v1/products", owner(), null,
                ProductRequests.createJson("Lifecycle shoe", sku, 1999, "EUR")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return bodyOf(created).path("id").asText();
    }

    private HttpResponse<String> post(String id, String action, String token, String ifMatch, String body) {
        return send(request("/api/v1/products/" + id + "/" + action, token, ifMatch, body));
    }

    private HttpRequest request(String path, String token, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    private static String price(long amount, String currency) {
        return """
                {"amount": %d, "currency": "%s"}""".formatted(amount, currency);
    }

    private String owner() {
        return token(seller, "SELLER");
    }

    private static String token(String subject, String... roles) {
        return TestEngines.jwt().mint(subject, Duration.ofMinutes(5), roles);
    }

    private List<String> storedEventTypes(String id) {
        return jdbc.sql("""
                        SELECT payload_type FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number""")
                .param(id)
                .query((rs, row) -> rs.getString(1).substring(rs.getString(1).lastIndexOf('.') + 1))
                .list();
    }

    private JsonNode bodyOf(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = bodyOf(response);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("type").asText()).isEqualTo("https://catalog.dev/problems/" + code);
        assertThat(response.body()).doesNotContain("Exception", "at com.", "org.axonframework", "SQL");
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
