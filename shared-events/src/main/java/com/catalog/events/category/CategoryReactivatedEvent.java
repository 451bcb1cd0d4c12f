package com.catalog.events.category;

import org.axonframework.serialization.Revision;

/**
 * A deactivated category is shown to buyers again.
 */
@Revision("1")
public record CategoryReactivatedEvent(
        String categoryId) implements CategoryEvent {
}
