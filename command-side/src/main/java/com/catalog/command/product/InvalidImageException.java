package com.catalog.command.product;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** An image breaks a rule of its product. */
public final class InvalidImageException extends DomainRuleViolation {

    private InvalidImageException(String code, ViolationKind kind, String message) {
        super(code, kind, message);
    }

    static InvalidImageException invalidUrl() {
        return new InvalidImageException("invalid-image-url", ViolationKind.UNPROCESSABLE,
                "An image URL is an absolute http or https URL with a host, of at most "
                        + ProductLimits.IMAGE_URL_MAX_LENGTH + " characters.");
    }

    static InvalidImageException altTooLong() {
        return new InvalidImageException("value-too-long", ViolationKind.UNPROCESSABLE,
                "altText has at most " + ProductLimits.IMAGE_ALT_MAX_LENGTH + " characters.");
    }

    static InvalidImageException tooMany() {
        return new InvalidImageException("too-many-images", ViolationKind.UNPROCESSABLE,
                "A product has at most " + ProductLimits.IMAGES_MAX + " images.");
    }

    static InvalidImageException notAPermutation() {
        return new InvalidImageException("invalid-image-order", ViolationKind.CONFLICT,
                "The order must name every image of the product exactly once; read the product again.");
    }
}
