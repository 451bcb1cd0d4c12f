package com.catalog.query.audit.history;

import java.time.Instant;

/**
 * Which audit entries to list; every filter is optional. Pages run newest first.
 *
 * @param from           earliest event time, inclusive
 * @param to             latest event time, exclusive
 * @param beforePosition only entries below this global position (the keyset cursor); null for the first page
 * @param limit          page size
 */
record AuditQuery(
        String actorId,
        String aggregateType,
        String aggregateId,
        String eventType,
        Instant from,
        Instant to,
        Long beforePosition,
        int limit) {

    static AuditQuery ofAggregate(String aggregateType, String aggregateId, Long beforePosition, int limit) {
        return new AuditQuery(null, aggregateType, aggregateId, null, null, null, beforePosition, limit);
    }
}
