package com.catalog.events.integration;

/**
 * An image in a product's public state: a URL the catalog never fetches.
 *
 * @param imageId the image, unique within the product
 * @param url     where it is
 * @param altText its alternative text, or null
 */
public record ProductImageV1(String imageId, String url, String altText) {
}
