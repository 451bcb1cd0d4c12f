package com.catalog.command.product;

/** The one place tests build a product-create body, so a change of the request shape is one edit. */
public final class ProductRequests {

    private ProductRequests() {
    }

    /** A valid create body with a slug derived from the SKU (unique whenever the SKU is). */
    public static String createJson(String name, String sku, long amount, String currency) {
        return """
                {"name": {"en": "%s"}, "slug": "%s", "description": {"en": "Light and grippy"}, "defaultLocale": "en",
                 "sku": "%s", "prices": [{"currency": "%s", "amount": %d}]}"""
                .formatted(name, slugOf(sku), sku, currency, amount);
    }

    public static String slugOf(String sku) {
        String slug = sku.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "p" : slug;
    }
}
