package com.catalog.events.brand;

import org.axonframework.serialization.Revision;

/**
 * An admin stopped featuring the brand.
 */
@Revision("1")
public record BrandUnfeaturedEvent(
        String brandId) implements BrandEvent {
}
