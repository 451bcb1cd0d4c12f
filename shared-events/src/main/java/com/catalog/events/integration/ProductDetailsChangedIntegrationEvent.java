package com.catalog.events.integration;

import java.util.List;

/**
 * Public contract: some editable details changed. Published on topic {@code catalog.product.v1} with CloudEvents
 * type {@value #TYPE}; only additive changes within v1. A {@code staged} change is not visible to buyers until a
 * {@code staged-changes-published} (or a {@code published}) event of the same product follows; a
 * {@code staged-changes-discarded} event drops it.
 *
 * @param productId     the product (also the Kafka key and CloudEvents subject)
 * @param sequence      the product's event sequence number: per-product order, for de-duplication
 * @param changedFields names of the changed fields: defaultLocale, names, slug, descriptions, shortDescriptions,
 *                      attributes, categoryId, brandId
 * @param before        the changed fields' values before (others null)
 * @param after         the changed fields' values after (others null; a removed category or brand is null too)
 * @param staged        whether the change went to the staged version only
 */
public record ProductDetailsChangedIntegrationEvent(
        String productId,
        long sequence,
        List<String> changedFields,
        ProductDetailsV1 before,
        ProductDetailsV1 after,
        boolean staged) {

    public static final String TYPE = "com.catalog.product.details-changed.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
