package com.catalog.command.product.references;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.CatalogReferenceFixtures;
import com.catalog.command.product.ProductApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reference counts other aggregates' rules read follow creation, moves, discontinuation and restoration. */
class ProductReferenceCountsTest extends ProductApi {

    @Autowired
    ProductReferenceCounts counts;

    @Test
    void active_products_per_category_and_brand_follow_the_product_events() {
        String category = CatalogReferenceFixtures.category(port);
        String brand = CatalogReferenceFixtures.brand(port);
        String id = createProduct();
        String admin = token("admin-1", "ADMIN");

        assertThat(send("PATCH", "/api/v1/products/" + id, owner(), null, "application/merge-patch+json",
                "{\"categoryId\": \"" + category + "\", \"brandId\": \"" + brand + "\"}").statusCode()).isEqualTo(200);
        assertThat(counts.activeProductsInCategory(category)).isOne();
        assertThat(counts.activeProductsOfBrand(brand)).isOne();

        send("POST", "/api/v1/products/" + id + "/discontinue", owner(), null, null, null);
        assertThat(counts.activeProductsInCategory(category)).isZero();

        send("POST", "/api/v1/products/" + id + "/restore", admin, null, null, null);
        assertThat(counts.activeProductsInCategory(category)).isOne();

        send("PATCH", "/api/v1/products/" + id, owner(), null, "application/merge-patch+json", "{\"categoryId\": null}");
        assertThat(counts.activeProductsInCategory(category)).isZero();
        assertThat(counts.activeProductsOfBrand(brand)).isOne();
    }

    @Test
    void a_staged_move_counts_in_both_categories_until_it_is_published_or_discarded() {
        String first = CatalogReferenceFixtures.category(port);
        String second = CatalogReferenceFixtures.category(port);
        String id = createProduct();
        patch(id, "{\"categoryId\": \"" + first + "\"}");
        assertThat(send("POST", "/api/v1/products/" + id + "/publish", owner(), null, null, null).statusCode()).isEqualTo(200);

        patch(id, "{\"categoryId\": \"" + second + "\"}");
        assertThat(counts.activeProductsInCategory(first)).as("buyers still find it there").isOne();
        assertThat(counts.activeProductsInCategory(second)).isOne();

        send("POST", "/api/v1/products/" + id + "/discard-staged", owner(), null, null, null);
        assertThat(counts.activeProductsInCategory(first)).isOne();
        assertThat(counts.activeProductsInCategory(second)).as("the discarded move binds nothing").isZero();

        patch(id, "{\"categoryId\": \"" + second + "\"}");
        send("POST", "/api/v1/products/" + id + "/publish", owner(), null, null, null);
        assertThat(counts.activeProductsInCategory(first)).isZero();
        assertThat(counts.activeProductsInCategory(second)).isOne();
    }

    private void patch(String id, String body) {
        assertThat(send("PATCH", "/api/v1/products/" + id, owner(), null, "application/merge-patch+json", body)
                .statusCode()).isEqualTo(200);
    }
}
