package com.catalog.query.replay;

import org.axonframework.eventhandling.EventHandlerInvoker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a fresh read model should hold up to a position, derived from the event store: per aggregate, its id and the
 * last sequence among the events the processor handles; per event, its id and global position. Aggregates that
 * have such events after the position are "moving": part of the replay's segments may already have applied them,
 * so they are left out on both sides.
 */
@Component
class EventStoreChecksum {

    private static final String EVENTS = "event_store.domain_event_entry";

    private final JdbcClient jdbc;
    private final LargeQueries large;

    EventStoreChecksum(JdbcClient jdbc, LargeQueries large) {
        this.jdbc = jdbc;
        this.large = large;
    }

    record Expected(Checksum checksum, Set<String> moving) {
    }

    Expected expected(Verification verification, EventHandlerInvoker handlers, long upTo) {
        String[] types = handledPayloadTypes(handlers).toArray(String[]::new);
        Checksum checksum = new Checksum();
        Set<String> moving = new HashSet<>();
        String typeFilter = verification.aggregateType() == null ? "" : " AND type = '"
                + verification.aggregateType().replace("'", "''") + "'";
        if (verification.mode() == Verification.Mode.PER_EVENT) {
            large.each("SELECT event_identifier, global_index FROM " + EVENTS
                            + " WHERE global_index <= ? AND payload_type = ANY(?)" + typeFilter,
                    rs -> checksum.add(rs.getString(1), rs.getLong(2)), upTo, types);
        } else {
            large.each("SELECT aggregate_identifier, max(sequence_number), max(global_index) FROM " + EVENTS
                            + " WHERE payload_type = ANY(?)" + typeFilter + " GROUP BY aggregate_identifier",
                    rs -> {
                        if (rs.getLong(3) > upTo) {
                            moving.add(rs.getString(1));
                        } else {
                            checksum.add(rs.getString(1), rs.getLong(2));
                        }
                    }, (Object) types);
        }
        return new Expected(checksum, moving);
    }

    /** The stored payload types this processor has a handler for (a type no longer on the classpath has none). */
    private List<String> handledPayloadTypes(EventHandlerInvoker handlers) {
        return jdbc.sql("SELECT DISTINCT payload_type FROM " + EVENTS).query(String.class).list().stream()
                .filter(type -> handles(handlers, type))
                .toList();
    }

    private static boolean handles(EventHandlerInvoker handlers, String type) {
        try {
            return handlers.canHandleType(Class.forName(type));
        } catch (ClassNotFoundException unknown) {
            return false;
        }
    }
}
