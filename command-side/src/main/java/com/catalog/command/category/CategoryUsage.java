package com.catalog.command.category;

/**
 * How many products use a category, as far as the deletion rule needs to know. Backed by
 * {@code event_store.product_placement}, which the product side keeps up to date in its own command
 * transactions (it is empty until it does).
 */
public interface CategoryUsage {

    long activeProductsIn(String categoryId);
}
