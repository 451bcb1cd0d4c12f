package com.catalog.command.product;

/** Invariants on a product's own fields; each broken one has its own error code. */
final class ProductRules {

    private ProductRules() {
    }

    static void requireValidName(String name) {
        if (name == null || name.isBlank()) {
            throw InvalidProductException.nameRequired();
        }
        if (name.strip().length() > ProductLimits.NAME_MAX_LENGTH) {
            throw InvalidProductException.nameTooLong();
        }
    }

    static void requireValidDescription(String description) {
        if (description != null && description.length() > ProductLimits.DESCRIPTION_MAX_LENGTH) {
            throw InvalidProductException.descriptionTooLong();
        }
    }

    static void requireSeller(String sellerId) {
        if (sellerId == null || sellerId.isBlank()) {
            throw InvalidProductException.sellerRequired();
        }
    }
}
