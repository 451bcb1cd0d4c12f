package com.catalog.events.product;

/**
 * Where a product is in its lifecycle. Events store these names, so a constant is never renamed or removed;
 * a new one is an additive change.
 */
public enum ProductStatus {
    /** Created, never shown to buyers yet. */
    DRAFT,
    /** Visible to buyers. */
    PUBLISHED,
    /** Taken off sale by its seller or an admin; can be published again. */
    UNPUBLISHED,
    /** Soft-deleted; only an admin can restore it. */
    DISCONTINUED
}
