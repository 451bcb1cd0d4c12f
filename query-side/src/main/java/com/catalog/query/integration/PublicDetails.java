package com.catalog.query.integration;

import com.catalog.events.integration.ProductDetailsV1;
import com.catalog.events.product.ProductDetailFields;
import java.util.List;
import java.util.Map;

/**
 * Internal detail fields → their public names and shape. The public contract names localized texts in the
 * plural ({@code names}, {@code descriptions}), as the created event already does.
 */
final class PublicDetails {

    private static final Map<String, String> PUBLIC_NAMES = Map.of("name", "names", "description", "descriptions",
            "shortDescription", "shortDescriptions");

    private PublicDetails() {
    }

    static List<String> fieldNames(List<String> internal) {
        return internal.stream().map(field -> PUBLIC_NAMES.getOrDefault(field, field)).toList();
    }

    /** Every field set: a whole version of the details. */
    static ProductDetailsV1 all(ProductDetailFields details) {
        return new ProductDetailsV1(details.defaultLocale(), details.name(), details.slug(), details.description(),
                details.shortDescription(), details.attributes(), details.categoryId(), details.brandId());
    }

    /** Only the named fields are set; the others stay null, so "unchanged" never reads as "emptied". */
    static ProductDetailsV1 of(List<String> fields, ProductDetailFields details) {
        return new ProductDetailsV1(
                fields.contains("defaultLocale") ? details.defaultLocale() : null,
                fields.contains("name") ? details.name() : null,
                fields.contains("slug") ? details.slug() : null,
                fields.contains("description") ? details.description() : null,
                fields.contains("shortDescription") ? details.shortDescription() : null,
                fields.contains("attributes") ? details.attributes() : null,
                fields.contains("categoryId") ? details.categoryId() : null,
                fields.contains("brandId") ? details.brandId() : null);
    }
}
