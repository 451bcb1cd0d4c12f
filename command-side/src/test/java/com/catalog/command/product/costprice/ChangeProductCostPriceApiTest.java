package com.catalog.command.product.costprice;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.ProductApi;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cost price over real HTTP: set, unchanged, removed, and every refusal as a problem. */
class ChangeProductCostPriceApiTest extends ProductApi {

    private static final String NINE_EUR = "{\"currency\": \"EUR\", \"amount\": 900}";

    @Test
    void the_owner_sets_and_removes_the_cost_price_and_the_same_one_again_stores_nothing() {
        String id = createProduct();

        HttpResponse<String> set = put(id, owner(), "\"0\"", NINE_EUR);
        HttpResponse<String> again = put(id, owner(), null, NINE_EUR);
        HttpResponse<String> removed = send("DELETE", path(id), token("admin-" + UUID.randomUUID(), "ADMIN"), "\"1\"",
                null, null);

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(set.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(again.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(lastPayload(id).path("before").path("amount").asLong()).isEqualTo(900);
        assertThat(lastPayload(id).path("after").isNull()).isTrue();
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductCostPriceChangedEvent",
                "ProductCostPriceChangedEvent");
    }

    @Test
    void cost_price_refusals_are_problems_and_store_nothing() {
        String id = createProduct();

        assertProblem(put(id, null, null, NINE_EUR), 401, "unauthenticated");
        assertProblem(put(id, token("seller-" + UUID.randomUUID(), "SELLER"), null, NINE_EUR), 403, "not-product-owner");
        assertProblem(put(UUID.randomUUID().toString(), owner(), null, NINE_EUR), 404, "not-found");
        assertProblem(put(id, owner(), "\"7\"", NINE_EUR), 412, "version-mismatch");
        assertProblem(put(id, owner(), "seven", NINE_EUR), 400, "invalid-value");
        assertProblem(put(id, owner(), null, "{\"currency\": \"EUR\", \"amount\": 900, \"sellerId\": \"x\"}"), 422,
                "unknown-fields");
        assertProblem(put(id, owner(), null, "{\"currency\": \"EUR\", \"amount\": -1}"), 400, "invalid-request");
        assertProblem(put(id, owner(), null, "{\"currency\": \"XYZ\", \"amount\": 1}"), 400, "invalid-value");
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent");
    }

    private HttpResponse<String> put(String id, String token, String ifMatch, String body) {
        return send("PUT", path(id), token, ifMatch, "application/json", body);
    }

    private static String path(String id) {
        return "/api/v1/products/" + id + "/cost-price";
    }
}
