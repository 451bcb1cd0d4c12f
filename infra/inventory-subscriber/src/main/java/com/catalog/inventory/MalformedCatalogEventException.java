package com.catalog.inventory;

/** A known event type whose body does not match its published schema: a contract breach, never retried. */
public class MalformedCatalogEventException extends RuntimeException {

    MalformedCatalogEventException(CatalogEvent event, Exception cause) {
        super("Event " + event.id() + " of type " + event.type() + " for product " + event.productId()
                + " does not match its schema", cause);
    }
}
