package com.catalog.events.category;

import org.axonframework.serialization.Revision;

/**
 * The category is hidden from buyers; it keeps its place in the tree.
 */
@Revision("1")
public record CategoryDeactivatedEvent(
        String categoryId) implements CategoryEvent {
}
