package com.catalog.query.category;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of {@code read.category}.
 *
 * @param path  the ancestors' ids, root first; empty for a root
 * @param depth 1 for a root
 */
record CategoryRow(
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
        long lastSequence,
        Instant createdAt,
        Instant updatedAt) {
}
