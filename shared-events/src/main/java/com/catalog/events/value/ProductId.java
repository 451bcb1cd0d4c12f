package com.catalog.events.value;

import java.util.Objects;
import java.util.UUID;

/** Identity of a product: a UUID in its canonical text form. */
public record ProductId(String value) {

    public ProductId {
        Objects.requireNonNull(value, "product id");
        UUID.fromString(value); // rejects anything that is not a UUID
    }

    public static ProductId newId() {
        return new ProductId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
