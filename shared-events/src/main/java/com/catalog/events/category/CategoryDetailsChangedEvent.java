package com.catalog.events.category;

import org.axonframework.serialization.Revision;

/**
 * The editable details changed (a rename is a change of the name); carries all of them as they now are.
 */
@Revision("1")
public record CategoryDetailsChangedEvent(
        String categoryId,
        String name,
        String slug,
        String description) implements CategoryEvent {
}
