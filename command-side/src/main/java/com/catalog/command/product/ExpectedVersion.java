package com.catalog.command.product;

import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * The {@code If-Match} precondition, checked before any business rule. Axon checks {@code @TargetAggregateVersion}
 * too, but only when the unit of work commits, i.e. after the handler ran: a stale caller would then be told
 * about a rule broken by a state it has not seen (409) instead of being asked to re-read (412).
 */
final class ExpectedVersion {

    private ExpectedVersion() {
    }

    static void require(String aggregateId, Long expected) {
        long actual = AggregateLifecycle.getVersion();
        if (expected != null && expected != actual) {
            throw new ConflictingAggregateVersionException(aggregateId, expected, actual);
        }
    }
}
