package com.catalog.events.integration;

import java.util.List;

/**
 * Public contract: some of a brand's fields changed (details or featured). Topic {@value #TOPIC}, CloudEvents type
 * {@value #TYPE}; only additive changes within v1. Published only when at least one field really changed.
 *
 * @param brandId       the brand (also the Kafka key and CloudEvents subject)
 * @param sequence      the brand's event sequence number: per-brand order, for de-duplication
 * @param changedFields names of the changed fields: name, slug, description, logoUrl, websiteUrl, featured
 * @param before        the changed fields' values before (others null)
 * @param after         the changed fields' values after (others null; a cleared field is null too)
 */
public record BrandChangedIntegrationEvent(
        String brandId,
        long sequence,
        List<String> changedFields,
        BrandDetailsV1 before,
        BrandDetailsV1 after) {

    public static final String TYPE = "com.catalog.brand.changed.v1";
    public static final String TOPIC = BrandCreatedIntegrationEvent.TOPIC;
}
