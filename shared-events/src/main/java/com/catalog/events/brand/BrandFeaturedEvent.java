package com.catalog.events.brand;

import org.axonframework.serialization.Revision;

/**
 * An admin featured the brand.
 */
@Revision("1")
public record BrandFeaturedEvent(
        String brandId) implements BrandEvent {
}
