package com.catalog.command.product;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** A product's own fields break an invariant. */
public final class InvalidProductException extends DomainRuleViolation {

    private InvalidProductException(String code, String message) {
        super(code, ViolationKind.UNPROCESSABLE, message);
    }

    static InvalidProductException nameRequired(String defaultLocale) {
        return new InvalidProductException("product-name-required",
                "A product needs a name in its default locale (" + defaultLocale + ").");
    }

    static InvalidProductException sellerRequired() {
        return new InvalidProductException("product-seller-required", "A product needs an owning seller.");
    }

    static InvalidProductException invalidLocale(String field, String locale) {
        return new InvalidProductException("invalid-locale",
                field + ": '" + locale + "' is not a language tag such as en or de-CH.");
    }

    static InvalidProductException tooLong(String field, int max) {
        return new InvalidProductException("value-too-long", field + " has at most " + max + " characters.");
    }

    static InvalidProductException blank(String field) {
        return new InvalidProductException("value-blank", field + " must not be blank.");
    }

    static InvalidProductException tooMany(String field, int max) {
        return new InvalidProductException("too-many-entries", field + " has at most " + max + " entries.");
    }

    static InvalidProductException invalidSlug() {
        return new InvalidProductException("invalid-slug", "A slug is 1-" + ProductLimits.SLUG_MAX_LENGTH
                + " lower-case letters and digits in words joined by single hyphens, such as trail-shoe-42.");
    }

    static InvalidProductException invalidReference(String field) {
        return new InvalidProductException("invalid-reference", field + " is not an id (letters, digits, '_', '-'; at most "
                + ProductLimits.REFERENCE_ID_MAX_LENGTH + ").");
    }

    static InvalidProductException priceRequired() {
        return new InvalidProductException("price-required", "A product needs at least one price.");
    }

    static InvalidProductException duplicateCurrency(String field, String currency) {
        return new InvalidProductException("duplicate-currency", field + " has more than one price in " + currency + ".");
    }

    static InvalidProductException compareAtWithoutPrice() {
        return new InvalidProductException("compare-at-without-price",
                "Every compare-at price needs a price in the same currency.");
    }
}
