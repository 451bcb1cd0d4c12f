package com.catalog.events.integration;

/**
 * Public contract: an admin created a brand. Topic {@value #TOPIC}, CloudEvents type {@value #TYPE}; only additive
 * changes within v1 (see docs/integration-events.md).
 *
 * @param brandId     the brand (also the Kafka key and CloudEvents subject)
 * @param sequence    the brand's event sequence number: per-brand order, for de-duplication
 * @param name        unique across brands, whatever the letter case
 * @param slug        unique, lower-case URL segment
 * @param description plain text, or null
 * @param logoUrl     http(s) URL of the logo (never fetched by the catalog), or null
 * @param websiteUrl  http(s) URL of the brand's site, or null
 * @param featured    whether it is featured (false on creation)
 */
public record BrandCreatedIntegrationEvent(
        String brandId,
        long sequence,
        String name,
        String slug,
        String description,
        String logoUrl,
        String websiteUrl,
        boolean featured) {

    public static final String TYPE = "com.catalog.brand.created.v1";
    public static final String TOPIC = "catalog.brand.v1";
}
