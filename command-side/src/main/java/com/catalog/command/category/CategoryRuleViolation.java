package com.catalog.command.category;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** A category rule refused a command; each rule has its own code. */
public final class CategoryRuleViolation extends DomainRuleViolation {

    private CategoryRuleViolation(String code, ViolationKind kind, String message) {
        super(code, kind, message);
    }

    static CategoryRuleViolation slugTaken(String slug) {
        return new CategoryRuleViolation("slug-taken", ViolationKind.CONFLICT, "Slug " + slug + " is already used by another category.");
    }

    static CategoryRuleViolation parentUnknown(String parentId) {
        return new CategoryRuleViolation("parent-not-found", ViolationKind.UNPROCESSABLE, "No category " + parentId + " exists to be the parent.");
    }

    static CategoryRuleViolation cycle() {
        return new CategoryRuleViolation("category-cycle", ViolationKind.UNPROCESSABLE,
                "A category cannot move under itself or one of its descendants.");
    }

    static CategoryRuleViolation tooDeep() {
        return new CategoryRuleViolation("category-too-deep", ViolationKind.UNPROCESSABLE,
                "The tree may be at most " + CategoryLimits.MAX_DEPTH + " levels deep.");
    }

    static CategoryRuleViolation hasChildren() {
        return new CategoryRuleViolation("category-has-children", ViolationKind.CONFLICT,
                "Move or delete the category's children first.");
    }

    static CategoryRuleViolation hasProducts(long count) {
        return new CategoryRuleViolation("category-has-products", ViolationKind.CONFLICT,
                "The category has " + count + " active products; name a category to reassign them to (reassignTo).");
    }

    static CategoryRuleViolation reassignTargetInvalid(String targetId) {
        return new CategoryRuleViolation("reassign-target-invalid", ViolationKind.UNPROCESSABLE,
                "Category " + targetId + " cannot take the products: it does not exist or is the one being deleted.");
    }

    static CategoryRuleViolation reassignTargetInactive(String targetId) {
        return new CategoryRuleViolation("reassign-target-inactive", ViolationKind.UNPROCESSABLE,
                "Category " + targetId + " is deactivated and cannot take products; reactivate it or name another.");
    }

    static CategoryRuleViolation invalid(String detail) {
        return new CategoryRuleViolation("invalid-category", ViolationKind.UNPROCESSABLE, detail);
    }
}
