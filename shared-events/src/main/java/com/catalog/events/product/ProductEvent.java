package com.catalog.events.product;

/**
 * Every event of the Product aggregate. Sealed so that projections can switch over all of them
 * and the compiler tells us when a new event is not yet handled.
 */
public sealed interface ProductEvent permits ProductCreatedEvent, ProductPublishedEvent, ProductUnpublishedEvent,
        ProductDiscontinuedEvent, ProductRestoredEvent, ProductPriceChangedEvent {

    String productId();
}
