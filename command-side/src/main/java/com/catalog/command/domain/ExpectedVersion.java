package com.catalog.command.domain;

import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * The {@code If-Match} precondition, checked inside a command handler before any business rule. Axon checks
 * {@code @TargetAggregateVersion} only when the unit of work commits, after the handler ran: a stale caller would
 * then hear about a rule broken by a state it has not seen (409) instead of being asked to re-read (412).
 */
public final class ExpectedVersion {

    private ExpectedVersion() {
    }

    public static void require(String aggregateId, Long expected) {
        long actual = AggregateLifecycle.getVersion();
        if (expected != null && expected != actual) {
            throw new ConflictingAggregateVersionException(aggregateId, expected, actual);
        }
    }
}
