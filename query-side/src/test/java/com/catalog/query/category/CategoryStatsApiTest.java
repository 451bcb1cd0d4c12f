package com.catalog.query.category;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.query.ReadApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The category tree with product counts and a category's statistics, over product and category events. */
class CategoryStatsApiTest extends ReadApiTest {

    @Test
    void the_tree_counts_published_products_of_each_category_and_its_descendants() {
        String root = category("Home " + UUID.randomUUID(), null);
        String kitchen = category("Kitchen", root);
        String knives = category("Knives", kitchen);
        long last = published(product("s-1", "Pan", kitchen, null, 2000, "EUR"));
        last = Math.max(last, published(product("s-1", "Chef knife", knives, null, 5000, "EUR")));
        last = Math.max(last, published(product("s-1", "Bread knife", knives, null, 3000, "EUR")));
        last = Math.max(last, draft(product("s-1", "Draft knife", knives, null, 3000, "EUR")));

        JsonNode rootNode = nodeOf(get("/api/v1/categories/tree", last).getBody(), root);
        assertThat(rootNode.path("productCount").asLong()).as("drafts do not count").isEqualTo(3);
        JsonNode kitchenNode = rootNode.path("children").get(0);
        assertThat(kitchenNode.path("productCount").asLong()).isEqualTo(3);
        assertThat(kitchenNode.path("children").get(0).path("productCount").asLong()).isEqualTo(2);
    }

    @Test
    void stats_cover_the_subtree_published_products_their_prices_brands_and_recent_activity() {
        String root = category("Garden " + UUID.randomUUID(), null);
        String tools = category("Tools", root);
        String brandA = brand("Spade Co " + UUID.randomUUID());
        String brandB = brand("Rake Ltd " + UUID.randomUUID());
        ProductCreatedEvent spade = product("s-1", "Spade", root, brandA, 2500, "EUR");
        long last = published(spade);
        last = Math.max(last, append("Product", spade.productId(), 2, new ProductPricesChangedEvent(spade.productId(),
                List.of(new CurrencyAmount("EUR", 2500)),
                List.of(new CurrencyAmount("EUR", 2500), new CurrencyAmount("USD", 2900)), List.of(), List.of(), false)));
        last = Math.max(last, published(product("s-1", "Rake", tools, brandB, 1500, "EUR")));
        last = Math.max(last, published(product("s-1", "Hoe", tools, brandA, 4000, "EUR")));
        last = Math.max(last, draft(product("s-1", "Secret hoe", tools, brandB, 99999, "EUR")));

        ResponseEntity<JsonNode> answer = get("/api/v1/categories/" + root + "/stats", last);
        JsonNode stats = answer.getBody();
        assertThat(stats.path("categories").asInt()).isEqualTo(2);
        assertThat(stats.path("products").path("published").asLong()).isEqualTo(3);
        assertThat(stats.path("products").has("byStatus")).as("counts per status are for admins").isFalse();
        assertThat(stats.path("priceRanges").toString()).isEqualTo(
                "[{\"currency\":\"EUR\",\"min\":1500,\"max\":4000},{\"currency\":\"USD\",\"min\":2900,\"max\":2900}]");
        assertThat(stats.path("brands").asLong()).isEqualTo(2);
        JsonNode activity = stats.path("recentActivity");
        assertThat(activity.path("window").asText()).isEqualTo("PT720H");
        assertThat(activity.path("newProducts").asLong()).isEqualTo(3);
        assertThat(activity.path("changedProducts").asLong()).isEqualTo(3);
        assertThat(activity.path("lastChangeAt").asText()).isNotEmpty();
        assertThat(answer.getHeaders().getCacheControl()).contains("public");

        ResponseEntity<JsonNode> admin = get("/api/v1/categories/" + root + "/stats", last, token("admin-1", "ADMIN"), null);
        assertThat(admin.getBody().path("products").path("byStatus").path("DRAFT").asLong()).isEqualTo(1);
        assertThat(admin.getBody().path("products").path("byStatus").path("PUBLISHED").asLong()).isEqualTo(3);
        assertThat(admin.getHeaders().getCacheControl()).contains("private");

        JsonNode leaf = get("/api/v1/categories/" + tools + "/stats", last).getBody();
        assertThat(leaf.path("products").path("published").asLong()).isEqualTo(2);
        assertRevalidates("/api/v1/categories/" + root + "/stats", last, null);
    }

    @Test
    void unknown_and_malformed_ids_are_problems() {
        assertProblem(get("/api/v1/categories/" + UUID.randomUUID() + "/stats", null), HttpStatus.NOT_FOUND,
                "category-not-found");
        assertThat(get("/api/v1/categories/not-a-uuid/stats", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/categories/tree?minPosition=-1", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void the_new_reads_are_documented_with_examples_and_their_problem_answers() {
        JsonNode paths = http.getForObject("/v3/api-docs", JsonNode.class).path("paths");

        for (String path : List.of("/api/v1/categories/{id}/stats", "/api/v1/brands/top", "/api/v1/brands/compare",
                "/api/v1/brands/{id}/stats", "/api/v1/brands/{id}/products", "/api/v1/products/{id}/stats",
                "/api/v1/me/products")) {
            JsonNode responses = paths.path(path).path("get").path("responses");
            assertThat(responses.fieldNames()).toIterable().as(path).contains("200", "304", "400", "503");
            assertThat(responses.path("200").toString()).as(path).contains("example");
        }
        for (String path : List.of("/api/v1/categories/{id}/stats", "/api/v1/categories/tree", "/api/v1/brands/top",
                "/api/v1/brands/{id}", "/api/v1/products/search", "/api/v1/products/{id}/stats")) {
            JsonNode parameters = paths.path(path).path("get").path("parameters");
            assertThat(parameters.findValuesAsText("name")).as(path + ": from the shared min-position resolver")
                    .contains(MIN_POSITION, "minPosition").doesNotContain("arg0", "position");
            assertThat(parameters.findParents("name").stream().filter(p -> p.path("name").asText().equals(MIN_POSITION))
                    .findFirst().orElseThrow().path("in").asText()).isEqualTo("header");
        }
    }

    @Test
    void a_min_position_that_is_not_a_whole_number_is_a_problem_not_a_500() {
        assertProblem(get("/api/v1/categories/tree?minPosition=abc", null), HttpStatus.BAD_REQUEST, "invalid-min-position");
        assertProblem(get("/api/v1/brands/top?minPosition=-3", null), HttpStatus.BAD_REQUEST, "invalid-min-position");
    }

    private static JsonNode nodeOf(JsonNode forest, String id) {
        for (JsonNode node : forest) {
            if (node.path("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError(id + " not among the roots");
    }
}
