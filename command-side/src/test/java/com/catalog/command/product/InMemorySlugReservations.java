package com.catalog.command.product;

import com.catalog.events.value.ProductId;
import java.util.HashMap;
import java.util.Map;

/** The slug lookup's contract without the database, for aggregate tests. */
class InMemorySlugReservations implements SlugReservations {

    private final Map<String, ProductId> owners = new HashMap<>();

    @Override
    public boolean reserve(String slug, ProductId productId) {
        return owners.putIfAbsent(slug, productId) == null || owners.get(slug).equals(productId);
    }

    ProductId ownerOf(String slug) {
        return owners.get(slug);
    }
}
