package com.catalog.command.product.imports;

import java.util.UUID;

/** A line a worker holds a lease on; {@code attempts} counts this claim. */
record ClaimedLine(UUID jobId, int lineNo, String body, int attempts) {
}
