package com.catalog.command.brand;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** A brand rule refused a command; each rule has its own code. */
public final class BrandRuleViolation extends DomainRuleViolation {

    private BrandRuleViolation(String code, ViolationKind kind, String message) {
        super(code, kind, message);
    }

    static BrandRuleViolation nameTaken(String name) {
        return new BrandRuleViolation("name-taken", ViolationKind.CONFLICT, "Another brand is already called " + name + ".");
    }

    static BrandRuleViolation slugTaken(String slug) {
        return new BrandRuleViolation("slug-taken", ViolationKind.CONFLICT, "Slug " + slug + " is already used by another brand.");
    }

    static BrandRuleViolation hasProducts(long count) {
        return new BrandRuleViolation("brand-has-products", ViolationKind.CONFLICT,
                "The brand has " + count + " active products; name a brand to reassign them to (reassignTo).");
    }

    static BrandRuleViolation reassignTargetInvalid(String targetId) {
        return new BrandRuleViolation("reassign-target-invalid", ViolationKind.UNPROCESSABLE,
                "Brand " + targetId + " cannot take the products: it does not exist or is the one being deleted.");
    }

    static BrandRuleViolation invalid(String detail) {
        return new BrandRuleViolation("invalid-brand", ViolationKind.UNPROCESSABLE, detail);
    }
}
