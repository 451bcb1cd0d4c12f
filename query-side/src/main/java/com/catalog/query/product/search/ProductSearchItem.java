package com.catalog.query.product.search;

import com.catalog.query.product.ProductPrice;

/** One search hit with its relevance score. */
record ProductSearchItem(
        String id,
        String name,
        String description,
        String sku,
        ProductPrice price,
        String status,
        double score) {

    static ProductSearchItem of(ProductDocument document, Double score) {
        return new ProductSearchItem(document.id(), document.name(), document.description(), document.sku(),
                document.price(), document.status(), score == null ? 0 : score);
    }
}
