package com.catalog.events.integration;

import java.util.Map;

/**
 * A product's editable details on the public contract. In a details-changed event only the changed fields are
 * set; the others are null.
 *
 * @param defaultLocale     the locale every localized text has
 * @param names             display name per locale
 * @param slug              catalog-wide unique URL segment
 * @param descriptions      description per locale
 * @param shortDescriptions short description per locale
 * @param attributes        key → value attributes
 * @param categoryId        category id
 * @param brandId           brand id
 */
public record ProductDetailsV1(
        String defaultLocale,
        Map<String, String> names,
        String slug,
        Map<String, String> descriptions,
        Map<String, String> shortDescriptions,
        Map<String, String> attributes,
        String categoryId,
        String brandId) {
}
