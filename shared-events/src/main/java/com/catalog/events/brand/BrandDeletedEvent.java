package com.catalog.events.brand;

import org.axonframework.serialization.Revision;

/**
 * The brand was deleted; its name and slug are free again.
 *
 * @param reassignProductsTo the brand its products move to (the product side reassigns them); null when the admin
 *                           named none, which the command side allows only when no active product used it
 */
@Revision("1")
public record BrandDeletedEvent(
        String brandId,
        String reassignProductsTo) implements BrandEvent {
}
