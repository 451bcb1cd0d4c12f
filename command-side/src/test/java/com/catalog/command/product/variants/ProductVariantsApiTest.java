package com.catalog.command.product.variants;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.ProductApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Variants over real HTTP: add, change, remove, and every refusal. */
class ProductVariantsApiTest extends ProductApi {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void a_variant_is_added_changed_and_removed_and_its_sku_is_free_again() {
        String id = createProduct();
        String sku = "V-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> added = add(id, owner(), "\"0\"", """
                {"sku": "%s", "options": {"size": "42"}, "prices": [{"currency": "EUR", "amount": 2199}]}""".formatted(sku));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String variantId = bodyOf(added).path("variantId").asText();
        assertThat(added.headers().firstValue("Location")).hasValue("/api/v1/products/" + id + "/variants/" + variantId);
        assertThat(added.headers().firstValue("ETag")).hasValue("\"1\"");

        HttpResponse<String> changed = send("PATCH", "/api/v1/products/" + id + "/variants/" + variantId, owner(), "\"1\"",
                MERGE_PATCH, """
                        {"options": {"colour": "red"}, "prices": []}""");
        HttpResponse<String> removed = send("DELETE", "/api/v1/products/" + id + "/variants/" + variantId, owner(), "\"2\"",
                null, null);

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductVariantAddedEvent",
                "ProductVariantChangedEvent", "ProductVariantRemovedEvent");
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.product_sku_lookup WHERE sku = ?").param(sku)
                .query(Long.class).single()).isZero();
        assertThat(add(createProduct(), owner(), null, """
                {"sku": "%s", "options": {"size": "43"}}""".formatted(sku)).statusCode()).isEqualTo(201);
    }

    @Test
    void after_publication_a_variant_is_staged_and_a_discard_frees_its_sku() {
        String id = createProduct();
        String sku = "STAGED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(send("POST", "/api/v1/products/" + id + "/publish", owner(), null, null, null).statusCode()).isEqualTo(200);

        HttpResponse<String> added = add(id, owner(), null, """
                {"sku": "%s", "options": {"size": "44"}}""".formatted(sku));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(lastPayload(id).path("staged").asBoolean()).isTrue();
        HttpResponse<String> discarded = send("POST", "/api/v1/products/" + id + "/discard-staged", owner(), null, null, null);

        assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(200);
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductPublishedEvent",
                "ProductVariantAddedEvent", "ProductStagedChangesDiscardedEvent");
        assertThat(add(createProduct(), owner(), null, """
                {"sku": "%s", "options": {"size": "44"}}""".formatted(sku)).statusCode()).isEqualTo(201);
    }

    @Test
    void every_refusal_is_a_problem() {
        String id = createProduct();
        String stranger = token("seller-" + UUID.randomUUID(), "SELLER");
        String body = """
                {"sku": "R-%s", "options": {"size": "42"}}""".formatted(UUID.randomUUID().toString().substring(0, 8));

        assertProblem(add(id, null, null, body), 401, "unauthenticated");
        assertProblem(add(id, stranger, null, body), 403, "not-product-owner");
        assertProblem(add(UUID.randomUUID().toString(), owner(), null, body), 404, "not-found");
        assertProblem(add(id, owner(), "\"5\"", body), 412, "version-mismatch");
        assertProblem(add(id, owner(), null, body.replace("{\"sku\"", "{\"variantId\": \"mine\", \"sku\"")), 422,
                "unknown-fields");
        assertProblem(add(id, owner(), null, """
                {"sku": "X-1", "options": {}}"""), 400, "invalid-request");
        assertThat(add(id, owner(), null, body).statusCode()).isEqualTo(201);
        assertProblem(add(id, owner(), null, body.replace("\"42\"", "\"44\"")), 409, "sku-taken");
        assertProblem(add(id, owner(), null, body.replace("\"R-", "\"S-")), 409, "duplicate-variant-options");
        assertProblem(send("DELETE", "/api/v1/products/" + id + "/variants/" + UUID.randomUUID(), owner(), null, null, null),
                404, "not-found");
        JsonNode created = lastPayload(id);
        assertThat(created.path("options").path("size").asText()).isEqualTo("42");
    }

    private HttpResponse<String> add(String id, String token, String ifMatch, String body) {
        return send("POST", "/api/v1/products/" + id + "/variants", token, ifMatch, "application/json", body);
    }
}
