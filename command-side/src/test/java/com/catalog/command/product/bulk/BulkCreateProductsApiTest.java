package com.catalog.command.product.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.ProductApi;
import com.catalog.command.product.ProductRequests;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** POST /api/v1/products/bulk against the running app and its PostgreSQL event store. */
class BulkCreateProductsApiTest extends ProductApi {

    private static final String BULK = "/api/v1/products/bulk";

    /** The one place these tests build a product-create item. */
    private static String item(String sku) {
        return ProductRequests.createJson("Bulk shoe", sku, 2500, "EUR");
    }

    private static String freshSku() {
        return "B-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private HttpResponse<String> bulk(String token, String body) {
        return send("POST", BULK, token, null, "application/json", body);
    }

    @Test
    void mixed_items_get_one_outcome_each_and_only_the_valid_ones_are_created() {
        String sku = freshSku();
        String otherSku = freshSku();
        String withoutPrices = item(freshSku()).replaceFirst("\"prices\": \\[[^]]*]", "\"prices\": []");
        String withSeller = item(freshSku()).replaceFirst("\\{", "{\"sellerId\": \"someone-else\", ");
        String floatAmount = item(freshSku()).replace("2500", "25.5");
        String body = "[" + String.join(",", item(sku), withoutPrices, item(sku), withSeller, floatAmount, item(otherSku)) + "]";

        HttpResponse<String> response = bulk(owner(), body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = bodyOf(response);
        assertThat(result.path("succeeded").asInt()).isEqualTo(2);
        assertThat(result.path("failed").asInt()).isEqualTo(4);
        JsonNode items = result.path("items");
        assertThat(items.findValuesAsText("index")).containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(items.findParents("index").stream().map(outcome -> outcome.path("status").asInt()))
                .containsExactly(201, 400, 409, 422, 400, 201);
        assertThat(items.get(1).path("problem").path("code").asText()).isEqualTo("invalid-request");
        assertThat(items.get(1).path("problem").path("errors").findValuesAsText("field")).contains("prices");
        assertThat(items.get(2).path("problem").path("code").asText()).isEqualTo("sku-taken");
        assertThat(items.get(3).path("problem").path("code").asText()).isEqualTo("unknown-fields");
        assertThat(items.get(3).path("problem").path("detail").asText()).contains("sellerId");
        assertThat(items.get(4).path("problem").path("errors").findValuesAsText("field")).contains("prices[0].amount");
        for (int created : new int[] {0, 5}) {
            String id = items.get(created).path("id").asText();
            assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent");
            assertThat(lastPayload(id).path("sellerId").asText()).isEqualTo(seller);
            assertThat(items.get(created).path("position").asLong()).isPositive();
        }
        assertThat(response.body()).doesNotContain("Exception", "com.catalog", "SQL");
    }

    @Test
    void a_full_batch_of_1000_items_is_created_item_by_item() {
        String body = "[" + String.join(",", IntStream.range(0, 1000).mapToObj(i -> item(freshSku())).toList()) + "]";

        long started = System.nanoTime();
        HttpResponse<String> response = bulk(owner(), body);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = bodyOf(response);
        assertThat(result.path("succeeded").asInt()).isEqualTo(1000);
        assertThat(result.path("items").findValuesAsText("id").stream().distinct()).hasSize(1000);
        System.out.printf("bulk create of 1000 products: %d ms (%.0f products/s)%n", millis, 1000 * 1000.0 / millis);
    }

    @Test
    void more_than_1000_items_are_refused_whole() {
        String body = "[" + String.join(",", Collections.nCopies(1001, item(freshSku()))) + "]";

        assertProblem(bulk(owner(), body), 400, "invalid-request");
        assertProblem(bulk(owner(), "[]"), 400, "invalid-request");
        assertProblem(bulk(owner(), "{}"), 400, "invalid-request");
    }

    @Test
    void only_sellers_and_admins_may_create_in_bulk() {
        String body = "[" + item(freshSku()) + "]";

        assertProblem(bulk(null, body), 401, "unauthenticated");
        assertProblem(bulk(token("buyer-" + seller, "BUYER"), body), 403, "forbidden");
        assertThat(bulk(token("admin-" + seller, "ADMIN"), body).statusCode()).isEqualTo(200);
    }

    @Test
    void the_bulk_endpoint_is_documented_with_examples() {
        JsonNode post = bodyOf(send("GET", "/v3/api-docs", null, null, null, null)).path("paths").path(BULK).path("post");

        JsonNode request = post.path("requestBody").path("content").path("application/json");
        JsonNode answer = post.path("responses").path("200").path("content").path("application/json");
        assertThat(request.toString()).contains("TRAIL-42");
        assertThat(answer.toString()).contains("sku-taken");
    }
}
