package com.catalog.events.category;

/** Every event of the Category aggregate; sealed so a projection's switch is checked by the compiler. */
public sealed interface CategoryEvent permits CategoryCreatedEvent, CategoryDetailsChangedEvent, CategoryMovedEvent,
        CategoryReorderedEvent, CategoryFeaturedEvent, CategoryUnfeaturedEvent, CategoryDeactivatedEvent,
        CategoryReactivatedEvent, CategoryDeletedEvent {

    String categoryId();
}
