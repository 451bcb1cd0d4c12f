package com.catalog.command.product.imports;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code event_store.import_job}; {@code publish}: each line's product is published as it is created. */
record ImportJob(UUID id, String ownerId, String ownerRole, boolean publish, ImportStatus status, int total,
                 Instant createdAt, Instant startedAt, Instant finishedAt, String error) {
}
