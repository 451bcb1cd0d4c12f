package com.catalog.command.web;

/**
 * What a write of an existing aggregate (product, category, brand) answers; a client handles them alike: remember the
 * version for the next If-Match and the position for read-your-writes.
 *
 * @param id       the aggregate's id
 * @param version  the aggregate's version after the command, also sent as the ETag; unchanged when the command
 *                 changed nothing
 * @param position global position of the aggregate's latest event, also sent as {@code X-Catalog-Position}
 */
public record WriteResponse(String id, long version, long position) {
}
