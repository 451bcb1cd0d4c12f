package com.catalog.events.brand;

import org.axonframework.serialization.Revision;

/**
 * The brand's details changed; carries all of them as they now are.
 */
@Revision("1")
public record BrandUpdatedEvent(
        String brandId,
        String name,
        String slug,
        String description,
        String logoUrl,
        String websiteUrl) implements BrandEvent {
}
