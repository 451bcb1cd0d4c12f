package com.catalog.command.product;

import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import java.util.HashMap;
import java.util.Map;

/** The lookup table's contract without the database, for aggregate tests. */
class InMemorySkuReservations implements SkuReservations {

    private final Map<Sku, ProductId> owners = new HashMap<>();

    @Override
    public boolean reserve(Sku sku, ProductId productId) {
        return owners.putIfAbsent(sku, productId) == null;
    }

    @Override
    public void release(Sku sku, ProductId productId) {
        owners.remove(sku, productId);
    }

    ProductId ownerOf(Sku sku) {
        return owners.get(sku);
    }
}
