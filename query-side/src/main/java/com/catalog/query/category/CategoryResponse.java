package com.catalog.query.category;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A category as served to buyers.
 *
 * @param parentId null for a root
 * @param depth    1 for a root
 * @param path     the ancestors' ids, root first (the breadcrumb without names)
 * @param version  the aggregate sequence of its latest event
 */
record CategoryResponse(
        UUID id,
        UUID parentId,
        String name,
        String slug,
        String description,
        int depth,
        List<UUID> path,
        int sortOrder,
        boolean featured,
        boolean active,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static CategoryResponse of(CategoryRow row) {
        return new CategoryResponse(row.id(), row.parentId(), row.name(), row.slug(), row.description(), row.depth(),
                row.path(), row.sortOrder(), row.featured(), row.active(), row.lastSequence(), row.createdAt(),
                row.updatedAt());
    }
}
