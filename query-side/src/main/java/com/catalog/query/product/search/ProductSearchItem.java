package com.catalog.query.product.search;

import com.catalog.query.product.ProductPrice;

import java.util.List;
import java.util.Map;

/**
 * One product of a search or listing: what a result list shows. {@code highlights} holds, per matched field, a
 * fragment with the matching words in {@code <em>}; the rest of the fragment is HTML-escaped, so it can be
 * inserted as markup. {@code score} is the relevance (0 when sorted otherwise).
 */
record ProductSearchItem(
        String id,
        String name,
        String slug,
        String shortDescription,
        String description,
        String sku,
        ProductPrice price,
        List<ProductPrice> prices,
        Reference category,
        Reference brand,
        boolean featured,
        String status,
        String createdAt,
        double score,
        Map<String, List<String>> highlights) {

    record Reference(String id, String name) {
        static Reference of(String id, String name) {
            return id == null ? null : new Reference(id, name);
        }
    }

    static ProductSearchItem of(ProductDocument d, Double score, Map<String, List<String>> highlights) {
        return new ProductSearchItem(d.id(), d.name(), d.slug(), d.shortDescription(), d.description(), d.sku(),
                d.price(), d.prices(), Reference.of(d.categoryId(), d.categoryName()),
                Reference.of(d.brandId(), d.brandName()), d.featured(), d.status(), d.createdAt(),
                score == null || score.isNaN() ? 0 : score, highlights == null ? Map.of() : highlights);
    }
}
