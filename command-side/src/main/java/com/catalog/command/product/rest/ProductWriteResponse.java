package com.catalog.command.product.rest;

/**
 * What every change of an existing product answers; the use cases share it because a client handles them alike
 * (remember the version for the next If-Match, the position for read-your-writes).
 *
 * @param id       the product's id
 * @param version  the aggregate's version after the command, also sent as the ETag; unchanged when the command
 *                 changed nothing (e.g. the same price again)
 * @param position global position of the product's latest event, also sent as {@code X-Catalog-Position}
 */
public record ProductWriteResponse(String id, long version, long position) {
}
