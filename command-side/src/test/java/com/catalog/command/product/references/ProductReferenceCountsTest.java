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
}
