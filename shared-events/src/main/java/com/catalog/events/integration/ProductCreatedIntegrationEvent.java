package com.catalog.events.integration;

import java.util.List;
import java.util.Map;

/**
 * Public contract, published on Kafka topic {@code catalog.product.v1} with CloudEvents type
 * {@value #TYPE}. Only additive changes are allowed within v1 (see docs/integration-events.md): the fields from
 * {@code defaultLocale} on were added with localized texts and several prices; {@code name}, {@code description}
 * and {@code price} keep their meaning (default-locale texts, primary price). The cost price is never published.
 *
 * @param productId         the product (also the Kafka key and CloudEvents subject)
 * @param sellerId          owning seller
 * @param sequence          the product's event sequence number: per-product order, for de-duplication
 * @param name              display name in the default locale
 * @param description       description in the default locale, or null
 * @param sku               stock keeping unit of the default variant
 * @param price             primary price in minor units with its currency
 * @param status            lifecycle status after this event
 * @param defaultLocale     the locale every localized text has
 * @param names             display name per locale
 * @param slug              catalog-wide unique URL segment
 * @param descriptions      description per locale
 * @param shortDescriptions short description per locale
 * @param prices            one price per currency, primary first
 * @param compareAtPrices   "was" prices per currency
 * @param attributes        key → value attributes
 * @param categoryId        category id, or null
 * @param brandId           brand id, or null
 */
public record ProductCreatedIntegrationEvent(
        String productId,
        String sellerId,
        long sequence,
        String name,
        String description,
        String sku,
        PriceV1 price,
        String status,
        String defaultLocale,
        Map<String, String> names,
        String slug,
        Map<String, String> descriptions,
        Map<String, String> shortDescriptions,
        List<PriceV1> prices,
        List<PriceV1> compareAtPrices,
        Map<String, String> attributes,
        String categoryId,
        String brandId) {

    public static final String TYPE = "com.catalog.product.created.v1";
    public static final String TOPIC = "catalog.product.v1";
}
