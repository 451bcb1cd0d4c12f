package com.catalog.events.brand;

import org.axonframework.serialization.Revision;

/**
 * An admin created a brand.
 *
 * @param brandId    aggregate id (UUID)
 * @param name       unique across brands, whatever the letter case
 * @param slug       unique, lower-case URL segment
 * @param logoUrl    http(s) URL of the logo, never fetched by the catalog; may be null
 * @param websiteUrl http(s) URL of the brand's site; may be null
 */
@Revision("1")
public record BrandCreatedEvent(
        String brandId,
        String name,
        String slug,
        String description,
        String logoUrl,
        String websiteUrl) implements BrandEvent {
}
