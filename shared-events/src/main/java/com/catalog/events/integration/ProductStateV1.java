package com.catalog.events.integration;

import java.util.List;
import java.util.Map;

/**
 * Public contract: the latest full state of a product as buyers can see it — the current version, never staged
 * edits, never the cost price. The value of compacted topic {@value #TOPIC} (key = product id; a discontinued
 * product is a tombstone) and an item of the snapshot API. CloudEvents type {@value #TYPE}; only additive changes
 * within v1.
 *
 * @param productId         the product (also the Kafka key and CloudEvents subject)
 * @param sequence          the sequence number of the product's last event this state reflects
 * @param position          the global event-store position of that event: continue on the event topics after it
 * @param sellerId          owning seller
 * @param status            DRAFT, PUBLISHED or UNPUBLISHED (a discontinued product has no state)
 * @param sku               stock keeping unit of the default variant
 * @param defaultLocale     the locale every localized text has
 * @param names             display name per locale
 * @param slug              catalog-wide unique URL segment
 * @param descriptions      description per locale
 * @param shortDescriptions short description per locale
 * @param attributes        key → value attributes
 * @param categoryId        category id, or null
 * @param brandId           brand id, or null
 * @param prices            one price per currency, primary first
 * @param compareAtPrices   "was" prices per currency
 * @param variants          the variants in the order they were added (removed ones left out)
 * @param images            image URLs in display order, main first
 * @param featured          whether an admin featured the product
 */
public record ProductStateV1(
        String productId,
        long sequence,
        long position,
        String sellerId,
        String status,
        String sku,
        String defaultLocale,
        Map<String, String> names,
        String slug,
        Map<String, String> descriptions,
        Map<String, String> shortDescriptions,
        Map<String, String> attributes,
        String categoryId,
        String brandId,
        List<PriceV1> prices,
        List<PriceV1> compareAtPrices,
        List<ProductVariantV1> variants,
        List<ProductImageV1> images,
        boolean featured) {

    public static final String TYPE = "com.catalog.product.state.v1";
    public static final String TOPIC = "catalog.product-state.v1";
}
