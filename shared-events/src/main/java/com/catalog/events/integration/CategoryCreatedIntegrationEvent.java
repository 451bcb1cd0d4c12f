package com.catalog.events.integration;

/**
 * Public contract: an admin created a category. Topic {@value #TOPIC}, CloudEvents type {@value #TYPE}; only additive
 * changes within v1 (see docs/integration-events.md).
 *
 * @param categoryId  the category (also the Kafka key and CloudEvents subject)
 * @param sequence    the category's event sequence number: per-category order, for de-duplication
 * @param name        display name
 * @param slug        catalog-wide unique, lower-case URL segment
 * @param description plain text, or null
 * @param parentId    the parent category, or null for a root category
 * @param sortOrder   position among its siblings: lower first, ties by name
 * @param featured    whether it is featured (false on creation)
 * @param active      whether buyers see it (true on creation)
 */
public record CategoryCreatedIntegrationEvent(
        String categoryId,
        long sequence,
        String name,
        String slug,
        String description,
        String parentId,
        int sortOrder,
        boolean featured,
        boolean active) {

    public static final String TYPE = "com.catalog.category.created.v1";
    public static final String TOPIC = "catalog.category.v1";
}
