package com.catalog.command.product;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** A product's own fields break an invariant. */
public final class InvalidProductException extends DomainRuleViolation {

    private InvalidProductException(String code, String message) {
        super(code, ViolationKind.UNPROCESSABLE, message);
    }

    static InvalidProductException nameRequired() {
        return new InvalidProductException("product-name-required", "A product needs a name.");
    }

    static InvalidProductException nameTooLong() {
        return new InvalidProductException("product-name-too-long",
                "A product name has at most " + ProductLimits.NAME_MAX_LENGTH + " characters.");
    }

    static InvalidProductException descriptionTooLong() {
        return new InvalidProductException("product-description-too-long",
                "A product description has at most " + ProductLimits.DESCRIPTION_MAX_LENGTH + " characters.");
    }

    static InvalidProductException sellerRequired() {
        return new InvalidProductException("product-seller-required", "A product needs an owning seller.");
    }
}
