package com.catalog.command.eventstore;

/**
 * Where an aggregate's latest event landed.
 *
 * @param version  the aggregate's sequence number after the write (the ETag)
 * @param position the event's global index: the consistency token query-side reads wait for
 */
public record WritePosition(long version, long position) {
}
