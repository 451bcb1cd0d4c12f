package com.catalog.events.integration;

/**
 * Public contract: the category was deleted; its slug is free again. Topic {@value #TOPIC}, CloudEvents type
 * {@value #TYPE}; only additive changes within v1.
 *
 * @param categoryId         the category (also the Kafka key and CloudEvents subject)
 * @param sequence           the category's event sequence number: per-category order, for de-duplication
 * @param reassignProductsTo the category the admin named for its products: a subscriber that keeps a product's
 *                           category should read the deleted one as this one; null when none was named (allowed only
 *                           when no active product used it)
 */
public record CategoryDeletedIntegrationEvent(
        String categoryId,
        long sequence,
        String reassignProductsTo) {

    public static final String TYPE = "com.catalog.category.deleted.v1";
    public static final String TOPIC = CategoryCreatedIntegrationEvent.TOPIC;
}
