package com.catalog.events.category;

import org.axonframework.serialization.Revision;

/**
 * An admin stopped featuring the category.
 */
@Revision("1")
public record CategoryUnfeaturedEvent(
        String categoryId) implements CategoryEvent {
}
