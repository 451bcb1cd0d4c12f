package com.catalog.query.brand;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.query.ReadApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Top brands, brand comparison, brand statistics and a brand's products, over product and brand events. */
class BrandStatsApiTest extends ReadApiTest {

    @Test
    void top_brands_rank_by_published_products_plus_twice_the_recently_changed_ones() {
        String big = brand("Big " + UUID.randomUUID());
        String small = brand("Small " + UUID.randomUUID());
        String hidden = brand("Drafts only " + UUID.randomUUID());
        long last = 0;
        for (int i = 0; i < 4; i++) {
            last = Math.max(last, published(product("s-1", "Big " + i, null, big, 1000, "EUR")));
        }
        last = Math.max(last, published(product("s-1", "Small", null, small, 1000, "EUR")));
        last = Math.max(last, draft(product("s-1", "Draft", null, hidden, 1000, "EUR")));

        JsonNode top = get("/api/v1/brands/top?limit=50", last).getBody();
        List<String> ids = top.findValuesAsText("id");
        assertThat(ids).contains(big, small).doesNotContain(hidden);
        assertThat(ids.indexOf(big)).isLessThan(ids.indexOf(small));
        JsonNode bigEntry = top.get(ids.indexOf(big));
        assertThat(bigEntry.path("published").asLong()).isEqualTo(4);
        assertThat(bigEntry.path("recentlyChanged").asLong()).isEqualTo(4);
        assertThat(bigEntry.path("score").asLong()).isEqualTo(12);
        assertRevalidates("/api/v1/brands/top?limit=50", last, null);
        assertThat(get("/api/v1/brands/top?limit=51", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void compare_shows_brands_side_by_side_with_counts_price_ranges_and_categories() {
        String chairs = category("Chairs " + UUID.randomUUID(), null);
        String tables = category("Tables " + UUID.randomUUID(), null);
        String oak = brand("Oak " + UUID.randomUUID());
        String pine = brand("Pine " + UUID.randomUUID());
        long last = published(product("s-1", "Oak chair", chairs, oak, 5000, "EUR"));
        last = Math.max(last, published(product("s-1", "Oak table", tables, oak, 20000, "EUR")));
        last = Math.max(last, published(product("s-1", "Oak stool", chairs, oak, 3000, "EUR")));
        last = Math.max(last, published(product("s-1", "Pine table", tables, pine, 9000, "USD")));

        JsonNode compared = get("/api/v1/brands/compare?ids=" + pine + "," + oak, last).getBody();
        assertThat(compared.get(0).path("brand").path("id").asText()).isEqualTo(pine);
        JsonNode oakEntry = compared.get(1);
        assertThat(oakEntry.path("publishedProducts").asLong()).isEqualTo(3);
        assertThat(oakEntry.path("priceRanges").toString()).isEqualTo("[{\"currency\":\"EUR\",\"min\":3000,\"max\":20000}]");
        assertThat(oakEntry.path("categories").get(0).path("id").asText()).isEqualTo(chairs);
        assertThat(oakEntry.path("categories").get(0).path("products").asLong()).isEqualTo(2);
        assertThat(oakEntry.path("categories").get(1).path("name").asText()).startsWith("Tables");
        assertThat(compared.get(0).path("priceRanges").get(0).path("currency").asText()).isEqualTo("USD");
    }

    @Test
    void compare_needs_two_to_five_distinct_existing_brands() {
        String one = brand("One " + UUID.randomUUID());
        String two = brand("Two " + UUID.randomUUID());
        List<String> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(UUID.randomUUID().toString());
        }
        assertProblem(get("/api/v1/brands/compare?ids=" + one, null), HttpStatus.BAD_REQUEST, "invalid-brand-ids");
        assertProblem(get("/api/v1/brands/compare?ids=" + one + "," + one, null), HttpStatus.BAD_REQUEST, "invalid-brand-ids");
        assertProblem(get("/api/v1/brands/compare?ids=" + String.join(",", six), null), HttpStatus.BAD_REQUEST,
                "invalid-brand-ids");
        assertProblem(get("/api/v1/brands/compare?ids=" + one + ",nope", null), HttpStatus.BAD_REQUEST, "invalid-brand-ids");
        assertThat(get("/api/v1/brands/compare", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertProblem(get("/api/v1/brands/compare?ids=" + one + "," + UUID.randomUUID(), null), HttpStatus.NOT_FOUND,
                "brand-not-found");
        assertThat(get("/api/v1/brands/compare?ids=" + one + "," + two, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_brands_stats_and_products_show_published_products_only() {
        String lamps = category("Lamps " + UUID.randomUUID(), null);
        String brand = brand("Glow " + UUID.randomUUID());
        ProductCreatedEvent shown = product("s-1", "Desk lamp", lamps, brand, 3500, "EUR");
        long last = published(shown);
        last = Math.max(last, draft(product("s-1", "Secret lamp", lamps, brand, 100, "EUR")));

        JsonNode stats = get("/api/v1/brands/" + brand + "/stats", last).getBody();
        assertThat(stats.path("products").path("published").asLong()).isEqualTo(1);
        assertThat(stats.path("products").has("byStatus")).isFalse();
        assertThat(stats.path("categories").asLong()).isEqualTo(1);
        assertThat(stats.path("priceRanges").get(0).path("min").asLong()).isEqualTo(3500);
        JsonNode admin = get("/api/v1/brands/" + brand + "/stats", last, token("admin-1", "ADMIN"), null).getBody();
        assertThat(admin.path("products").path("byStatus").path("DRAFT").asLong()).isEqualTo(1);

        JsonNode products = get("/api/v1/brands/" + brand + "/products", last).getBody();
        assertThat(products.path("items")).hasSize(1);
        assertThat(products.path("items").get(0).path("id").asText()).isEqualTo(shown.productId());
        assertThat(products.path("items").get(0).path("brand").path("id").asText()).isEqualTo(brand);
        assertRevalidates("/api/v1/brands/" + brand + "/products", last, null);
        assertProblem(get("/api/v1/brands/" + UUID.randomUUID() + "/products", null), HttpStatus.NOT_FOUND, "brand-not-found");
        assertProblem(get("/api/v1/brands/" + UUID.randomUUID() + "/stats", null), HttpStatus.NOT_FOUND, "brand-not-found");
        assertProblem(get("/api/v1/brands/" + brand + "/products?pageSize=500", null), HttpStatus.BAD_REQUEST,
                "invalid-page-size");
    }
}
