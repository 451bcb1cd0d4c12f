package com.catalog.command.product.reassignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.web.AdminResourceApiTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deleting a category or brand with {@code reassignTo} moves its products, over real HTTP against the real app and
 * PostgreSQL: the products' events are stored, the reference lookup follows, and it all is one transaction.
 */
class ProductReassignmentApiTest extends AdminResourceApiTest {

    private static final String CATEGORIES = "/api/v1/categories";
    private static final String BRANDS = "/api/v1/brands";

    @Test
    void deleting_a_category_with_a_target_moves_its_products_there() throws Exception {
        String a = created(CATEGORIES, category("A", freshSlug("a")));
        String b = created(CATEGORIES, category("B", freshSlug("b")));
        String first = productIn(a, null);
        String second = productIn(a, null);
        String elsewhere = productIn(b, null);

        assertProblem(send("DELETE", CATEGORIES + "/" + a, admin(), null, null, null), 409, "category-has-products");
        HttpResponse<String> deleted = send("DELETE", CATEGORIES + "/" + a + "?reassignTo=" + b, admin(), null, null, null);

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        for (String product : List.of(first, second)) {
            assertThat(storedEventTypes(product)).containsExactly("ProductCreatedEvent", "ProductReferenceReassignedEvent");
            assertThat(lookupOf(product, "category_id")).isEqualTo(b);
        }
        assertThat(storedEventTypes(elsewhere)).containsExactly("ProductCreatedEvent");
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.product_reference_lookup WHERE category_id = ?")
                .param(a).query(Long.class).single()).isZero();
    }

    @Test
    void the_moved_product_says_so_and_later_changes_build_on_the_new_category() throws Exception {
        String a = created(CATEGORIES, category("A", freshSlug("a")));
        String b = created(CATEGORIES, category("B", freshSlug("b")));
        String product = productIn(a, null);
        HttpResponse<String> correlated = send("DELETE", CATEGORIES + "/" + a + "?reassignTo=" + b, admin(), null, null, null);
        assertThat(correlated.statusCode()).as(correlated.body()).isEqualTo(200);

        Map<String, Object> reassigned = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') AS payload, convert_from(meta_data, 'UTF8') AS meta_data
                        FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%ProductReferenceReassignedEvent'""")
                .param(product).query().singleRow();
        assertThat(json.readTree((String) reassigned.get("payload")).path("toId").asText()).isEqualTo(b);
        assertThat(json.readTree((String) reassigned.get("meta_data")).path("actorId").asText()).isEqualTo("system");
        assertThat(json.readTree((String) reassigned.get("meta_data")).path("correlationId").asText())
                .isEqualTo(correlated.headers().firstValue("X-Correlation-Id").orElseThrow());

        // the product's own write path sees the new category: deleting B now needs a target again
        assertProblem(send("DELETE", CATEGORIES + "/" + b, admin(), null, null, null), 409, "category-has-products");
    }

    @Test
    void a_product_that_cannot_be_moved_rolls_the_whole_deletion_back() throws Exception {
        String a = created(CATEGORIES, category("A", freshSlug("a")));
        String b = created(CATEGORIES, category("B", freshSlug("b")));
        String product = productIn(a, null);
        // a lookup row without its product (cannot happen through the API): its reassignment command fails
        jdbc.sql("INSERT INTO event_store.product_reference_lookup (product_id, category_id, active) VALUES (?, ?, TRUE)")
                .params(UUID.randomUUID().toString(), a).update();

        HttpResponse<String> deleted = send("DELETE", CATEGORIES + "/" + a + "?reassignTo=" + b, admin(), null, null, null);

        assertProblem(deleted, 409, "reassignment-failed");
        assertThat(storedEventTypes(a)).containsExactly("CategoryCreatedEvent");
        assertThat(storedEventTypes(product)).containsExactly("ProductCreatedEvent");
        assertThat(lookupOf(product, "category_id")).isEqualTo(a);
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.category_tree WHERE category_id = ?").param(a)
                .query(Long.class).single()).isOne();
    }

    @Test
    void deleting_a_brand_with_a_target_moves_its_products_there() throws Exception {
        String a = created(BRANDS, brand("Acme " + freshSlug("x"), freshSlug("acme")));
        String b = created(BRANDS, brand("Bolt " + freshSlug("x"), freshSlug("bolt")));
        String product = productIn(null, a);

        HttpResponse<String> deleted = send("DELETE", BRANDS + "/" + a + "?reassignTo=" + b, admin(), null, null, null);

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(storedEventTypes(product)).containsExactly("ProductCreatedEvent", "ProductReferenceReassignedEvent");
        assertThat(lookupOf(product, "brand_id")).isEqualTo(b);
    }

    private String lookupOf(String productId, String column) {
        return jdbc.sql("SELECT " + column + " FROM event_store.product_reference_lookup WHERE product_id = ?")
                .param(productId).query(String.class).single();
    }

    private static String category(String name, String slug) {
        return "{\"name\": \"" + name + "\", \"slug\": \"" + slug + "\"}";
    }

    private static String brand(String name, String slug) {
        return "{\"name\": \"" + name + "\", \"slug\": \"" + slug + "\"}";
    }
}
