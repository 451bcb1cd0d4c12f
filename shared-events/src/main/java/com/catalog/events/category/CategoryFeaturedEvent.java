package com.catalog.events.category;

import org.axonframework.serialization.Revision;

/**
 * An admin featured the category (e.g. on a home page).
 */
@Revision("1")
public record CategoryFeaturedEvent(
        String categoryId) implements CategoryEvent {
}
