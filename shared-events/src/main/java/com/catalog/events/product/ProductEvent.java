package com.catalog.events.product;

/**
 * Every event of the Product aggregate. Sealed so that projections can switch over all of them
 * and the compiler tells us when a new event is not yet handled.
 */
public sealed interface ProductEvent permits ProductCreatedEvent, ProductPublishedEvent, ProductUnpublishedEvent,
        ProductDiscontinuedEvent, ProductRestoredEvent, ProductPriceChangedEvent, ProductDetailsChangedEvent,
        ProductStagedChangesPublishedEvent, ProductStagedChangesDiscardedEvent, ProductVariantAddedEvent,
        ProductVariantChangedEvent, ProductVariantRemovedEvent, ProductImageAddedEvent, ProductImagesReorderedEvent,
        ProductImageRemovedEvent, ProductFeaturedEvent, ProductUnfeaturedEvent, ProductPricesChangedEvent,
        ProductReferenceReassignedEvent, ProductCostPriceChangedEvent, ProductRevertedEvent {

    String productId();
}
