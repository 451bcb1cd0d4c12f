package com.catalog.events.category;

import org.axonframework.serialization.Revision;

/**
 * The category was deleted; its slug is free again.
 *
 * @param reassignProductsTo the category its products move to (the product side reassigns them); null when the
 *                           admin named none, which the command side allows only when no active product used it
 */
@Revision("1")
public record CategoryDeletedEvent(
        String categoryId,
        String reassignProductsTo) implements CategoryEvent {
}
