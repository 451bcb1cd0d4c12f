package com.catalog.command.product;

import com.catalog.command.domain.Slugs;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.value.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Invariants on a product's own fields; each broken one has its own error code. */
final class ProductRules {

    private static final Pattern LOCALE = Pattern.compile(ProductLimits.LOCALE_PATTERN);
    private static final Pattern REFERENCE = Pattern.compile(ProductLimits.REFERENCE_ID_PATTERN);

    private ProductRules() {
    }

    static void requireSeller(String sellerId) {
        if (sellerId == null || sellerId.isBlank()) {
            throw InvalidProductException.sellerRequired();
        }
    }

    /** The details a product may have, whether it is created with them or they replace others later. */
    static void requireValidDetails(ProductDetailFields details) {
        String defaultLocale = details.defaultLocale();
        if (defaultLocale == null || !LOCALE.matcher(defaultLocale).matches()) {
            throw InvalidProductException.invalidLocale("defaultLocale", String.valueOf(defaultLocale));
        }
        String defaultName = details.name().get(defaultLocale);
        if (defaultName == null || defaultName.isBlank()) {
            throw InvalidProductException.nameRequired(defaultLocale);
        }
        requireLocalized("name", details.name(), ProductLimits.NAME_MAX_LENGTH, true);
        requireLocalized("description", details.description(), ProductLimits.DESCRIPTION_MAX_LENGTH, false);
        requireLocalized("shortDescription", details.shortDescription(), ProductLimits.SHORT_DESCRIPTION_MAX_LENGTH, false);
        requireSlug(details.slug());
        requireAttributes(details.attributes());
        requireReference("categoryId", details.categoryId());
        requireReference("brandId", details.brandId());
    }

    /** One price per currency, at least one, at most {@link ProductLimits#PRICES_MAX}. */
    static void requireValidPrices(List<Money> prices, List<Money> compareAtPrices) {
        if (prices.isEmpty()) {
            throw InvalidProductException.priceRequired();
        }
        Set<String> currencies = requireOnePerCurrency("prices", prices);
        Set<String> compareAtCurrencies = requireOnePerCurrency("compareAtPrices", compareAtPrices);
        if (!currencies.containsAll(compareAtCurrencies)) {
            throw InvalidProductException.compareAtWithoutPrice();
        }
    }

    private static Set<String> requireOnePerCurrency(String field, List<Money> prices) {
        if (prices.size() > ProductLimits.PRICES_MAX) {
            throw InvalidProductException.tooMany(field, ProductLimits.PRICES_MAX);
        }
        Set<String> currencies = new HashSet<>();
        for (Money price : prices) {
            if (!currencies.add(price.currency())) {
                throw InvalidProductException.duplicateCurrency(field, price.currency());
            }
        }
        return currencies;
    }

    private static void requireLocalized(String field, Map<String, String> texts, int maxLength, boolean nonBlank) {
        if (texts.size() > ProductLimits.LOCALES_MAX) {
            throw InvalidProductException.tooMany(field, ProductLimits.LOCALES_MAX);
        }
        texts.forEach((locale, text) -> {
            if (!LOCALE.matcher(locale).matches()) {
                throw InvalidProductException.invalidLocale(field, locale);
            }
            if (text.length() > maxLength) {
                throw InvalidProductException.tooLong(field + "." + locale, maxLength);
            }
            if (nonBlank && text.isBlank()) {
                throw InvalidProductException.blank(field + "." + locale);
            }
        });
    }

    private static void requireSlug(String slug) {
        if (!Slugs.isValid(slug)) {
            throw InvalidProductException.invalidSlug();
        }
    }

    private static void requireAttributes(Map<String, String> attributes) {
        if (attributes.size() > ProductLimits.ATTRIBUTES_MAX) {
            throw InvalidProductException.tooMany("attributes", ProductLimits.ATTRIBUTES_MAX);
        }
        attributes.forEach((key, value) -> {
            if (key.isBlank() || key.length() > ProductLimits.ATTRIBUTE_KEY_MAX_LENGTH) {
                throw InvalidProductException.tooLong("attributes (key)", ProductLimits.ATTRIBUTE_KEY_MAX_LENGTH);
            }
            if (value.length() > ProductLimits.ATTRIBUTE_VALUE_MAX_LENGTH) {
                throw InvalidProductException.tooLong("attributes." + key, ProductLimits.ATTRIBUTE_VALUE_MAX_LENGTH);
            }
        });
    }

    private static void requireReference(String field, String id) {
        if (id != null && (id.length() > ProductLimits.REFERENCE_ID_MAX_LENGTH || !REFERENCE.matcher(id).matches())) {
            throw InvalidProductException.invalidReference(field);
        }
    }
}
