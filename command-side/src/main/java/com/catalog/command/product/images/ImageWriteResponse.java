package com.catalog.command.product.images;

/**
 * @param id       the product
 * @param imageId  the new image
 * @param version  the product's version after the write, also the ETag
 * @param position global position of the event, also {@code X-Catalog-Position}
 */
record ImageWriteResponse(String id, String imageId, long version, long position) {
}
