package com.catalog.events.integration;

import java.util.List;

/**
 * Public contract: some of a category's fields changed (details, sort order, featured, deactivated/reactivated).
 * Topic {@value #TOPIC}, CloudEvents type {@value #TYPE}; only additive changes within v1. Published only when at
 * least one field really changed.
 *
 * @param categoryId    the category (also the Kafka key and CloudEvents subject)
 * @param sequence      the category's event sequence number: per-category order, for de-duplication
 * @param changedFields names of the changed fields: name, slug, description, sortOrder, featured, active
 * @param before        the changed fields' values before (others null)
 * @param after         the changed fields' values after (others null; a cleared description is null too)
 */
public record CategoryChangedIntegrationEvent(
        String categoryId,
        long sequence,
        List<String> changedFields,
        CategoryDetailsV1 before,
        CategoryDetailsV1 after) {

    public static final String TYPE = "com.catalog.category.changed.v1";
    public static final String TOPIC = CategoryCreatedIntegrationEvent.TOPIC;
}
