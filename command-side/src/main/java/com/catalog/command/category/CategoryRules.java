package com.catalog.command.category;

import com.catalog.command.domain.Slugs;

/** Invariants on a category's own fields, checked by the aggregate whatever the edge let through. */
final class CategoryRules {

    private CategoryRules() {
    }

    static void requireValidDetails(String name, String slug, String description) {
        if (name == null || name.isBlank() || name.length() > CategoryLimits.NAME_MAX_LENGTH) {
            throw CategoryRuleViolation.invalid("A name of 1 to " + CategoryLimits.NAME_MAX_LENGTH + " characters is required.");
        }
        if (!Slugs.isValid(slug)) {
            throw CategoryRuleViolation.invalid("The slug must be " + Slugs.RULE + ".");
        }
        if (description != null && description.length() > CategoryLimits.DESCRIPTION_MAX_LENGTH) {
            throw CategoryRuleViolation.invalid("The description may have at most " + CategoryLimits.DESCRIPTION_MAX_LENGTH + " characters.");
        }
    }

    static void requireValidSortOrder(int sortOrder) {
        if (sortOrder < 0 || sortOrder > CategoryLimits.SORT_ORDER_MAX) {
            throw CategoryRuleViolation.invalid("The sort order must be from 0 to " + CategoryLimits.SORT_ORDER_MAX + ".");
        }
    }
}
