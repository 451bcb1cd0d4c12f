package com.catalog.events.integration;

/**
 * Public contract: the brand was deleted; its name and slug are free again. Topic {@value #TOPIC}, CloudEvents type
 * {@value #TYPE}; only additive changes within v1.
 *
 * @param brandId            the brand (also the Kafka key and CloudEvents subject)
 * @param sequence           the brand's event sequence number: per-brand order, for de-duplication
 * @param reassignProductsTo the brand the admin named for its products: a subscriber that keeps a product's
 *                           brand should read the deleted one as this one; null when none was named (allowed only
 *                           when no active product used it)
 */
public record BrandDeletedIntegrationEvent(
        String brandId,
        long sequence,
        String reassignProductsTo) {

    public static final String TYPE = "com.catalog.brand.deleted.v1";
    public static final String TOPIC = BrandCreatedIntegrationEvent.TOPIC;
}
