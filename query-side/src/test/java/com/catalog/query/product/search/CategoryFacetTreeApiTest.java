package com.catalog.query.product.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.catalog.events.category.CategoryMovedEvent;
import com.catalog.query.ReadApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The search facets' category tree: the matches' categories in their hierarchy, counting descendants too. */
class CategoryFacetTreeApiTest extends ReadApiTest {

    @Test
    void the_category_facet_tree_counts_matches_in_each_category_and_below_and_follows_moves() {
        String word = word();
        String root = category("Furniture", null);
        String desks = category("Desks", root);
        String standing = category("Standing desks", desks);
        String otherRoot = category("Office", null);
        long last = published(product("s-1", "Desk " + word, desks, null, 1000, "EUR"));
        last = Math.max(last, published(product("s-1", "Tall desk " + word, standing, null, 1000, "EUR")));
        last = Math.max(last, published(product("s-1", "Crank desk " + word, standing, null, 1000, "EUR")));
        last = Math.max(last, published(product("s-1", "Lamp " + word, otherRoot, null, 1000, "EUR")));
        last = Math.max(last, draft(product("s-1", "Draft desk " + word, standing, null, 1000, "EUR")));

        JsonNode facets = get("/api/v1/products/search?q=" + word, last).getBody().path("facets");
        JsonNode furniture = node(facets.path("categoryTree"), root);
        assertThat(furniture.path("name").asText()).isEqualTo("Furniture");
        assertThat(furniture.path("count").asLong()).isEqualTo(3);
        JsonNode desksNode = node(furniture.path("children"), desks);
        assertThat(desksNode.path("count").asLong()).isEqualTo(3);
        assertThat(node(desksNode.path("children"), standing).path("count").asLong()).isEqualTo(2);
        assertThat(node(facets.path("categoryTree"), otherRoot).path("count").asLong()).isEqualTo(1);
        assertThat(facets.path("categories").size()).as("the flat facet stays as it was").isEqualTo(3);

        long moved = append("Category", standing, 1, new CategoryMovedEvent(standing, desks, otherRoot));
        get("/api/v1/categories/" + standing, moved);
        JsonNode after = get("/api/v1/products/search?q=" + word, moved).getBody().path("facets").path("categoryTree");
        assertThat(node(after, root).path("count").asLong()).isEqualTo(1);
        assertThat(node(after, otherRoot).path("count").asLong()).isEqualTo(3);
        assertThat(node(node(after, otherRoot).path("children"), standing).path("count").asLong()).isEqualTo(2);

        // without a consistency token the hierarchy kept in memory serves, and is read again once older than its
        // max age (catalog.search.category-facet.hierarchy-max-age, 1 s): a move back shows within seconds
        long back = append("Category", standing, 2, new CategoryMovedEvent(standing, otherRoot, desks));
        get("/api/v1/categories/" + standing, back);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode tree = get("/api/v1/products/search?q=" + word, null).getBody().path("facets").path("categoryTree");
            assertThat(node(tree, root).path("count").asLong()).isEqualTo(3);
            assertThat(node(tree, otherRoot).path("count").asLong()).isEqualTo(1);
        });
    }

    private static JsonNode node(JsonNode nodes, String id) {
        for (JsonNode node : nodes) {
            if (node.path("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError(id + " not in " + nodes);
    }

    /** A lowercase word unlikely to occur anywhere else in the index. */
    private static String word() {
        StringBuilder word = new StringBuilder("z");
        while (word.length() < 10) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
