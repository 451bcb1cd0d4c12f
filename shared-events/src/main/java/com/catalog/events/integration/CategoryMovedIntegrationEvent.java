package com.catalog.events.integration;

/**
 * Public contract: the category, with its whole subtree, moved under another parent. Topic {@value #TOPIC},
 * CloudEvents type {@value #TYPE}; only additive changes within v1. The descendants get no event of their own: their
 * parent did not change, only their path.
 *
 * @param categoryId     the category (also the Kafka key and CloudEvents subject)
 * @param sequence       the category's event sequence number: per-category order, for de-duplication
 * @param parentIdBefore the previous parent, or null when it was a root
 * @param parentIdAfter  the new parent, or null when it became a root
 */
public record CategoryMovedIntegrationEvent(
        String categoryId,
        long sequence,
        String parentIdBefore,
        String parentIdAfter) {

    public static final String TYPE = "com.catalog.category.moved.v1";
    public static final String TOPIC = CategoryCreatedIntegrationEvent.TOPIC;
}
