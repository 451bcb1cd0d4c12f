package com.catalog.command.product.restore;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.ProductApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Undo over real HTTP: {@code ?version=N} appends one compensating event; without it the old restore still answers. */
class RevertProductApiTest extends ProductApi {

    private static final String JSON = "application/json";

    @Test
    void the_owner_undoes_a_price_change_and_a_variant_with_one_compensating_event() {
        String id = createProduct();
        String sku = "U-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send("PUT", "/api/v1/products/" + id + "/prices", owner(), "\"0\"", JSON,
                "{\"prices\": [{\"currency\": \"EUR\", \"amount\": 2499}]}").statusCode()).isEqualTo(200);
        assertThat(addVariant(id, sku).statusCode()).isEqualTo(201);

        HttpResponse<String> reverted = revert(id, "1", owner(), "\"2\"");

        assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(200);
        assertThat(reverted.headers().firstValue("ETag")).hasValue("\"3\"");
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductPricesChangedEvent",
                "ProductVariantAddedEvent", "ProductRevertedEvent");
        JsonNode event = lastPayload(id);
        assertThat(event.path("revertedToVersion").asLong()).isEqualTo(1);
        assertThat(event.path("prices").get(0).path("amount").asLong()).isEqualTo(2499);
        assertThat(event.path("variants")).isEmpty();
        assertThat(addVariant(createProduct(), sku).statusCode()).as("the variant's SKU is free again").isEqualTo(201);
    }

    @Test
    void undoing_a_published_products_staged_changes_restores_both_versions_and_frees_the_staged_sku() {
        String id = createProduct();
        String sku = "S-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(send("POST", "/api/v1/products/" + id + "/publish", owner(), "\"0\"", null, null).statusCode())
                .isEqualTo(200);
        assertThat(addVariant(id, sku).statusCode()).isEqualTo(201);
        assertThat(send("PUT", "/api/v1/products/" + id + "/prices", owner(), "\"2\"", JSON,
                "{\"prices\": [{\"currency\": \"EUR\", \"amount\": 2499}]}").statusCode()).isEqualTo(200);

        HttpResponse<String> reverted = revert(id, "2", owner(), "\"3\"");

        assertThat(reverted.statusCode()).as(reverted.body()).isEqualTo(200);
        JsonNode event = lastPayload(id);
        assertThat(event.path("variants")).as("buyers never had the staged variant").isEmpty();
        assertThat(event.path("stagedVariants")).hasSize(1);
        assertThat(event.path("stagedPrices")).isEqualTo(event.path("prices"));
        assertThat(revert(id, "1", owner(), "\"4\"").statusCode()).isEqualTo(200);
        assertThat(lastPayload(id).path("stagedVariants")).isEmpty();
        assertThat(addVariant(createProduct(), sku).statusCode()).as("the staged variant's SKU is free again").isEqualTo(201);
    }

    @Test
    void refusals_are_problems_and_store_nothing() {
        String id = createProduct();
        send("PUT", "/api/v1/products/" + id + "/prices", owner(), null, JSON,
                "{\"prices\": [{\"currency\": \"EUR\", \"amount\": 2499}]}");

        assertProblem(revert(id, "0", owner(), null), 422, "invalid-revert-version");
        assertProblem(revert(id, "1", owner(), null), 422, "invalid-revert-version");
        assertProblem(revert(id, "x", owner(), null), 400, "bad-request");
        assertProblem(revert(id, "1", null, null), 401, "unauthenticated");
        assertProblem(revert(id, "1", token("seller-" + UUID.randomUUID(), "SELLER"), null), 403, "not-product-owner");
        assertProblem(revert(UUID.randomUUID().toString(), "1", owner(), null), 404, "not-found");
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductPricesChangedEvent");
    }

    @Test
    void a_stale_if_match_is_refused_and_a_sku_taken_meanwhile_is_a_conflict() {
        String id = createProduct();
        String sku = "T-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(addVariant(id, sku).statusCode()).isEqualTo(201);
        String variantId = lastPayload(id).path("variantId").asText();
        assertThat(send("DELETE", "/api/v1/products/" + id + "/variants/" + variantId, owner(), "\"1\"", null, null)
                .statusCode()).isEqualTo(200);
        assertThat(addVariant(createProduct(), sku).statusCode()).isEqualTo(201);

        assertProblem(revert(id, "1", owner(), "\"1\""), 412, "version-mismatch");
        assertProblem(revert(id, "1", owner(), "\"2\""), 409, "sku-taken");
        assertThat(storedEventTypes(id)).hasSize(3);
    }

    @Test
    void without_version_the_admin_restore_of_a_discontinued_product_still_answers() {
        String id = createProduct();
        assertThat(send("POST", "/api/v1/products/" + id + "/discontinue", owner(), null, null, null).statusCode())
                .isEqualTo(200);

        HttpResponse<String> restored = send("POST", "/api/v1/products/" + id + "/restore",
                token("admin-" + UUID.randomUUID(), "ADMIN"), "\"1\"", null, null);

        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductDiscontinuedEvent",
                "ProductRestoredEvent");
    }

    private HttpResponse<String> revert(String id, String version, String token, String ifMatch) {
        return send("POST", "/api/v1/products/" + id + "/restore?version=" + version, token, ifMatch, null, null);
    }

    private HttpResponse<String> addVariant(String id, String sku) {
        return send("POST", "/api/v1/products/" + id + "/variants", owner(), null, JSON,
                "{\"sku\": \"%s\", \"options\": {\"size\": \"42\"}}".formatted(sku));
    }
}
