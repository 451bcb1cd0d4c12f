package com.catalog.command.product.create;

import com.catalog.events.product.ProductStatus;

/**
 * @param id       the new product's id
 * @param version  the aggregate's version after the write, also sent as the ETag
 * @param position the event's global position, also sent as {@code X-Catalog-Position}; pass it to query-side
 *                 reads as {@code X-Catalog-Min-Position} to read your own write
 * @param status   always DRAFT
 * @param slug     the slug it holds
 * @param sku      the default variant's SKU as stored (upper-case)
 */
record CreateProductResponse(String id, long version, long position, ProductStatus status, String slug, String sku) {
}
