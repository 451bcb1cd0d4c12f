package com.catalog.query.product.mine;

import com.catalog.query.product.ProductPrice;
import com.catalog.query.product.ProductStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One of the caller's products as their list shows it.
 *
 * @param name           the default-locale name buyers see (for a draft: its only version)
 * @param stagedChanges  true when edits wait for the next publish
 * @param version        the aggregate sequence of its latest event (If-Match of a write)
 */
record MyProduct(
        UUID id,
        String name,
        String slug,
        String sku,
        ProductStatus status,
        List<ProductPrice> prices,
        String categoryId,
        String brandId,
        boolean featured,
        boolean stagedChanges,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
