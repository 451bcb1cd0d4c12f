package com.catalog.command.product.variants;

/**
 * @param id        the product
 * @param variantId the new variant
 * @param version   the product's version after the write, also the ETag
 * @param position  global position of the event, also {@code X-Catalog-Position}
 */
record VariantWriteResponse(String id, String variantId, long version, long position) {
}
