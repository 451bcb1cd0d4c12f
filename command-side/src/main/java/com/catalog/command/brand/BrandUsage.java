package com.catalog.command.brand;

/**
 * How many products use a brand, as far as the deletion rule needs to know. Backed by
 * {@code event_store.product_placement}, which the product side keeps up to date in its own command
 * transactions (it is empty until it does).
 */
public interface BrandUsage {

    long activeProductsOf(String brandId);
}
