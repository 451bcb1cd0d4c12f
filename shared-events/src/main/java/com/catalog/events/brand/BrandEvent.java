package com.catalog.events.brand;

/** Every event of the Brand aggregate; sealed so a projection's switch is checked by the compiler. */
public sealed interface BrandEvent permits BrandCreatedEvent, BrandUpdatedEvent, BrandFeaturedEvent,
        BrandUnfeaturedEvent, BrandDeletedEvent {

    String brandId();
}
