package com.catalog.command.product;

import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;

/** Set-based validation for SKUs, which no single aggregate can check on its own. */
interface SkuReservations {

    /**
     * Claims the SKU for the product inside the current transaction, so the claim commits or rolls back with
     * the product's event.
     *
     * @return false if another product holds it already
     */
    boolean reserve(Sku sku, ProductId productId);

    /** Frees the SKU (a removed variant's) inside the current transaction, if this product holds it. */
    void release(Sku sku, ProductId productId);
}
