package com.catalog.events.product;

import java.util.List;
import java.util.Map;

/**
 * A product's editable details, as events carry them: localized texts (locale → text), slug, attributes and the
 * category and brand it refers to. Plain values only.
 *
 * @param defaultLocale    the locale every localized text has; readers fall back to it
 * @param name             display name per locale
 * @param slug             catalog-wide unique URL segment
 * @param description      long description per locale (may be empty)
 * @param shortDescription short description per locale (may be empty)
 * @param attributes       free key → value attributes (may be empty)
 * @param categoryId       the category (may be null)
 * @param brandId          the brand (may be null)
 */
public record ProductDetailFields(
        String defaultLocale,
        Map<String, String> name,
        String slug,
        Map<String, String> description,
        Map<String, String> shortDescription,
        Map<String, String> attributes,
        String categoryId,
        String brandId) {

    public ProductDetailFields {
        name = name == null ? Map.of() : Map.copyOf(name);
        description = description == null ? Map.of() : Map.copyOf(description);
        shortDescription = shortDescription == null ? Map.of() : Map.copyOf(shortDescription);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /**
     * How a {@link ProductDetailsChangedEvent} lands on a version of the details: the fields it names are taken
     * from its {@code after}, every other from this.
     */
    public ProductDetailFields withChanges(List<String> fields, ProductDetailFields changes) {
        return new ProductDetailFields(
                fields.contains("defaultLocale") ? changes.defaultLocale() : defaultLocale,
                fields.contains("name") ? changes.name() : name,
                fields.contains("slug") ? changes.slug() : slug,
                fields.contains("description") ? changes.description() : description,
                fields.contains("shortDescription") ? changes.shortDescription() : shortDescription,
                fields.contains("attributes") ? changes.attributes() : attributes,
                fields.contains("categoryId") ? changes.categoryId() : categoryId,
                fields.contains("brandId") ? changes.brandId() : brandId);
    }

    /** The text in {@code locale}, else in the default locale, else null. */
    public static String localized(Map<String, String> texts, String locale, String defaultLocale) {
        String text = locale == null ? null : texts.get(locale);
        return text != null ? text : texts.get(defaultLocale);
    }
}
