package com.catalog.events.category;

import org.axonframework.serialization.Revision;

/**
 * An admin created a category, active and not featured.
 *
 * @param categoryId aggregate id (UUID)
 * @param slug       catalog-wide unique, lower-case URL segment
 * @param description plain text, may be null
 * @param parentId   the parent category's id; null for a root category
 * @param sortOrder  position among its siblings: lower comes first, ties by name
 */
@Revision("1")
public record CategoryCreatedEvent(
        String categoryId,
        String name,
        String slug,
        String description,
        String parentId,
        int sortOrder) implements CategoryEvent {
}
