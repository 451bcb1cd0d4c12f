package com.catalog.command.product.imports;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code event_store.import_job}. */
record ImportJob(UUID id, String ownerId, String ownerRole, ImportStatus status, int total, Instant createdAt,
                 Instant startedAt, Instant finishedAt, String error) {
}
