package com.catalog.command.product.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.ProductApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Unknown members inside nested objects (a price in {@code prices[]}, {@code compareAtPrices[]}, {@code costPrice},
 * a variant's prices) are refused like top-level ones: 422 {@code unknown-fields} with one error per member under its
 * path, on create, PUT prices, variants, bulk; nothing is stored. Localized maps and attributes take free keys, but a
 * localized key must be a locale and a value must be text.
 */
class NestedUnknownMembersApiTest extends ProductApi {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static String sku() {
        return "NU-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static String createBody(String sku, String prices) {
        return """
                {"name": {"en": "Nested"}, "slug": "nested-%s", "defaultLocale": "en", "sku": "%s", %s}"""
                .formatted(sku.toLowerCase(), sku, prices);
    }

    private JsonNode assertUnknown(HttpResponse<String> response, String... fields) {
        JsonNode problem = assertProblem(response, 422, "unknown-fields");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly(fields);
        return problem;
    }

    @Test
    void a_create_with_unknown_members_inside_prices_is_422_naming_each_by_its_path() {
        String sku = sku();
        HttpResponse<String> response = send("POST", "/api/v1/products", owner(), null, "application/json", createBody(sku, """
                "prices": [{"currency": "EUR", "amount": 1}, {"currency": "USD", "amount": 2, "foo": 1}],
                "compareAtPrices": [{"currency": "EUR", "amount": 3, "discount": true}],
                "costPrice": {"currency": "EUR", "amount": 1, "sellerId": "x"}, "colour": "red\""""));

        JsonNode problem = assertUnknown(response, "colour", "compareAtPrices[0].discount", "costPrice.sellerId", "prices[1].foo");
        assertThat(problem.path("errors").get(2).path("message").asText()).contains("set by the server");
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.product_sku_lookup WHERE sku = ?").param(sku)
                .query(Long.class).single()).isZero();
    }

    @Test
    void price_and_variant_changes_with_unknown_nested_members_are_422() {
        String id = createProduct();
        String products = "/api/v1/products/" + id;

        assertUnknown(send("PUT", products + "/prices", owner(), null, "application/json", """
                {"prices": [{"currency": "EUR", "amount": 1, "tax": 19}], "compareAtPrices": [{"currency": "EUR", "amount": 2, "x": 0}]}"""),
                "compareAtPrices[0].x", "prices[0].tax");
        assertUnknown(send("POST", products + "/variants", owner(), null, "application/json", """
                {"sku": "%s", "options": {"size": "42"}, "prices": [{"currency": "EUR", "amount": 5, "status": "X"}]}"""
                .formatted(sku())), "prices[0].status");
        HttpResponse<String> added = send("POST", products + "/variants", owner(), null, "application/json", """
                {"sku": "%s", "options": {"size": "43"}}""".formatted(sku()));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String variant = bodyOf(added).path("variantId").asText();
        assertUnknown(send("PATCH", products + "/variants/" + variant, owner(), null, MERGE_PATCH, """
                {"prices": [{"currency": "EUR", "amount": 5, "foo": "bar"}]}"""), "prices[0].foo");
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductVariantAddedEvent");
    }

    @Test
    void localized_maps_take_only_locales_and_text_in_create_put_and_patch() {
        String id = createProduct();
        String products = "/api/v1/products/" + id;

        HttpResponse<String> created = send("POST", "/api/v1/products", owner(), null, "application/json", """
                {"name": {"en": "x", "not a locale": "y"}, "slug": "loc-%s", "defaultLocale": "en", "sku": "%s",
                 "prices": [{"currency": "EUR", "amount": 1}]}""".formatted(UUID.randomUUID(), sku()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(422);
        HttpResponse<String> put = send("PUT", products, owner(), null, "application/json", """
                {"name": {"en": "x"}, "description": {"EN_us!": "y"}, "slug": "loc-%s", "defaultLocale": "en"}"""
                .formatted(UUID.randomUUID()));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(422);
        HttpResponse<String> patch = send("PATCH", products, owner(), null, MERGE_PATCH, """
                {"name": {"en": {"text": "x"}}}""");
        assertThat(patch.statusCode()).as(patch.body()).isBetween(400, 422);
        HttpResponse<String> attributes = send("PATCH", products, owner(), null, MERGE_PATCH, """
                {"attributes": {"colour": {"hex": "#f00"}}}""");
        assertThat(attributes.statusCode()).as(attributes.body()).isBetween(400, 422);
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent");
    }

    @Test
    void a_bulk_item_with_unknown_nested_members_is_422_with_per_member_errors() {
        String good = sku();
        HttpResponse<String> response = send("POST", "/api/v1/products/bulk", owner(), null, "application/json",
                "[" + createBody(good, "\"prices\": [{\"currency\": \"EUR\", \"amount\": 1}]") + ","
                        + createBody(sku(), "\"prices\": [{\"currency\": \"EUR\", \"amount\": 1, \"foo\": 1}], \"bar\": 2") + "]");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode items = bodyOf(response).path("items");
        assertThat(items.get(0).path("status").asInt()).isEqualTo(201);
        assertThat(items.get(1).path("status").asInt()).isEqualTo(422);
        assertThat(items.get(1).path("problem").path("code").asText()).isEqualTo("unknown-fields");
        assertThat(items.get(1).path("problem").path("errors").findValuesAsText("field")).containsExactly("bar", "prices[0].foo");
    }
}
