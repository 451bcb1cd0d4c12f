package com.catalog.command.eventstore;

/** Table names of the event store; shared with the query side, so they never change. */
final class EventStoreTables {

    static final String DOMAIN_EVENTS = "event_store.domain_event_entry";
    static final String SNAPSHOTS = "event_store.snapshot_event_entry";

    private EventStoreTables() {
    }
}
