package com.catalog.command.product.references;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.ProductRequests;
import com.catalog.command.web.AdminResourceApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * A product's category and brand must exist and be usable, over real HTTP against the real app and PostgreSQL; and
 * a deletion racing product creates never leaves a product in a deleted category.
 */
class ProductReferencesApiTest extends AdminResourceApiTest {

    private static final String CATEGORIES = "/api/v1/categories";
    private static final String BRANDS = "/api/v1/brands";

    @Test
    void an_unknown_deleted_or_deactivated_category_and_an_unknown_or_deleted_brand_are_422_naming_the_field() throws IOException {
        String deleted = created(CATEGORIES, named("Deleted", "deleted"));
        assertThat(send("DELETE", CATEGORIES + "/" + deleted, admin(), null, null, null).statusCode()).isEqualTo(200);
        String deactivated = created(CATEGORIES, named("Hidden", "hidden"));
        assertThat(post(CATEGORIES + "/" + deactivated + "/deactivate", admin(), null).statusCode()).isEqualTo(200);
        String deletedBrand = created(BRANDS, named("Gone " + UUID.randomUUID(), "gone"));
        assertThat(send("DELETE", BRANDS + "/" + deletedBrand, admin(), null, null, null).statusCode()).isEqualTo(200);

        for (String category : List.of(UUID.randomUUID().toString(), deleted, deactivated)) {
            assertInvalid(createProduct(category, null), "categoryId");
        }
        for (String brand : List.of(UUID.randomUUID().toString(), deletedBrand)) {
            assertInvalid(createProduct(null, brand), "brandId");
        }
        assertThat(post(CATEGORIES + "/" + deactivated + "/reactivate", admin(), null).statusCode()).isEqualTo(200);
        assertThat(createProduct(deactivated, null).statusCode()).isEqualTo(201);
    }

    @Test
    void moving_a_product_to_a_deleted_category_is_422_and_stores_nothing() throws IOException {
        String product = productIn(created(CATEGORIES, named("Home", "home")), null);
        String deleted = created(CATEGORIES, named("Deleted", "deleted"));
        send("DELETE", CATEGORIES + "/" + deleted, admin(), null, null, null);

        HttpResponse<String> moved = send("PATCH", "/api/v1/products/" + product, admin(), MERGE_PATCH,
                "{\"categoryId\": \"" + deleted + "\"}", null);

        assertInvalid(moved, "categoryId");
        assertThat(storedEventTypes(product)).containsExactly("ProductCreatedEvent");
    }

    @Test
    void moving_or_bulk_creating_a_product_into_a_deactivated_category_is_422_and_stores_nothing() throws IOException {
        String product = productIn(created(CATEGORIES, named("Desks", "desks")), null);
        String deactivated = created(CATEGORIES, named("Retired", "retired"));
        assertThat(post(CATEGORIES + "/" + deactivated + "/deactivate", admin(), null).statusCode()).isEqualTo(200);

        assertInvalid(send("PATCH", "/api/v1/products/" + product, admin(), MERGE_PATCH,
                "{\"categoryId\": \"" + deactivated + "\"}", null), "categoryId");
        ObjectNode item = (ObjectNode) json.readTree(ProductRequests.createJson("Bulk lamp",
                "REF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), 1500, "EUR"));
        item.put("categoryId", deactivated);
        HttpResponse<String> bulk = post("/api/v1/products/bulk", token("SELLER"), "[" + item + "]");

        assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200);
        JsonNode outcome = json.readTree(bulk.body()).path("items").get(0);
        assertThat(outcome.path("status").asInt()).isEqualTo(422);
        assertThat(outcome.path("problem").path("code").asText()).isEqualTo("invalid-reference");
        assertThat(storedEventTypes(product)).containsExactly("ProductCreatedEvent");
    }

    @Test
    void a_deletion_racing_product_creates_never_leaves_a_product_in_the_deleted_category() throws Exception {
        for (int round = 0; round < 5; round++) {
            String category = created(CATEGORIES, named("Race", "race"));
            String admin = admin();
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> createProduct(category, null));
            }
            calls.add(() -> send("DELETE", CATEGORIES + "/" + category, admin, null, null, null));

            List<Integer> statuses = inParallel(calls);

            boolean deleted = statuses.get(6) == 200;
            long placed = jdbc.sql("SELECT count(*) FROM event_store.product_reference_lookup WHERE category_id = ?")
                    .param(category).query(Long.class).single();
            assertThat(statuses.subList(0, 6)).allMatch(status -> status == 201 || status == 422);
            if (deleted) {
                assertThat(placed).as("products in a deleted category, statuses " + statuses).isZero();
            } else {
                assertThat(statuses.get(6)).isEqualTo(409);
                assertThat(placed).isPositive();
            }
        }
    }

    private HttpResponse<String> createProduct(String categoryId, String brandId) throws IOException {
        String sku = "REF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ObjectNode body = (ObjectNode) json.readTree(ProductRequests.createJson("Placed lamp", sku, 1500, "EUR"));
        if (categoryId != null) {
            body.put("categoryId", categoryId);
        }
        if (brandId != null) {
            body.put("brandId", brandId);
        }
        return post("/api/v1/products", token("SELLER"), body.toString());
    }

    private void assertInvalid(HttpResponse<String> response, String field) {
        JsonNode problem = assertProblem(response, 422, "invalid-reference");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(field);
    }

    private static String named(String name, String slugPrefix) {
        return "{\"name\": \"" + name + "\", \"slug\": \"" + freshSlug(slugPrefix) + "\"}";
    }
}
