package com.catalog.query.brand;

import java.time.Instant;
import java.util.UUID;

/**
 * A brand as served to buyers; also one row of {@code read.brand}.
 *
 * @param logoUrl    http(s) URL, never fetched by the catalog; may be null
 * @param websiteUrl http(s) URL; may be null
 * @param version    the aggregate sequence of its latest event
 */
record BrandResponse(
        UUID id,
        String name,
        String slug,
        String description,
        String logoUrl,
        String websiteUrl,
        boolean featured,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
