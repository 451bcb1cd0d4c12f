package com.catalog.command.product;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** A variant breaks an invariant of its product. */
public final class InvalidVariantException extends DomainRuleViolation {

    private InvalidVariantException(String code, ViolationKind kind, String message) {
        super(code, kind, message);
    }

    static InvalidVariantException optionsRequired() {
        return new InvalidVariantException("variant-options-required", ViolationKind.UNPROCESSABLE,
                "A variant needs at least one option value (such as size or colour) to tell it from the others.");
    }

    static InvalidVariantException invalidOptions() {
        return new InvalidVariantException("invalid-variant-options", ViolationKind.UNPROCESSABLE,
                "A variant has at most " + ProductLimits.OPTIONS_MAX + " options, names of 1-"
                        + ProductLimits.OPTION_NAME_MAX_LENGTH + " and values of 1-" + ProductLimits.OPTION_VALUE_MAX_LENGTH
                        + " non-blank characters.");
    }

    static InvalidVariantException duplicateOptions() {
        return new InvalidVariantException("duplicate-variant-options", ViolationKind.CONFLICT,
                "Another variant of this product has the same option values.");
    }

    static InvalidVariantException tooMany() {
        return new InvalidVariantException("too-many-variants", ViolationKind.UNPROCESSABLE,
                "A product has at most " + ProductLimits.VARIANTS_MAX + " variants.");
    }

    static InvalidVariantException duplicateId() {
        return new InvalidVariantException("variant-exists", ViolationKind.CONFLICT, "A variant with this id exists.");
    }
}
