package com.catalog.command.product;

import com.catalog.events.value.ProductId;

/**
 * Set-based validation for product slugs. A product keeps every slug it ever held (its old URLs can still lead
 * to it), so a claim is never released and a staged slug change that gets discarded loses nothing.
 */
interface SlugReservations {

    /**
     * Claims the slug for the product inside the current transaction, so the claim commits or rolls back with
     * the product's event.
     *
     * @return true if the slug was free or already this product's; false if another product holds it
     */
    boolean reserve(String slug, ProductId productId);
}
