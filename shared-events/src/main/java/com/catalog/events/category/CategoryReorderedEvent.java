package com.catalog.events.category;

import org.axonframework.serialization.Revision;

/**
 * The category's position among its siblings changed.
 */
@Revision("1")
public record CategoryReorderedEvent(
        String categoryId,
        int sortOrder) implements CategoryEvent {
}
