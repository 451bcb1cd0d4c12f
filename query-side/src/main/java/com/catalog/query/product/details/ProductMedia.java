package com.catalog.query.product.details;

import java.util.List;

/**
 * The images and featured flag of a product row.
 *
 * @param images in display order, main image first
 */
record ProductMedia(List<Image> images, boolean featured) {

    /** An image as stored: the catalog keeps the URL and never fetches it. */
    record Image(String id, String url, String altText) {
    }
}
