package com.catalog.query.replay;

import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Set;

/** A fresh copy of one processor's read model that a replay fills while the old one serves reads. */
public interface FreshReadModel {

    /** Index or schema name, for status and logs. */
    String name();

    /** What the verification compares this target with. */
    Verification verification();

    /**
     * Called once per batch of the replay processor, before its handlers run, inside the batch's transaction:
     * points the projection's writes at this target.
     */
    void enter(UnitOfWork<?> batch);

    /** The bulk of the events is in: build what was left out to fill it faster (secondary indexes, refreshes). */
    void filled();

    /**
     * Count and checksum of (key, sequence) in this target, skipping the keys in {@code moving} and, for a per-event
     * model, the events after {@code upTo}.
     */
    Checksum checksum(long upTo, Set<String> moving);

    /** Puts this target in the place of the old one atomically, then drops the old one. */
    void swapIn();

    /** Drops this target (the old one keeps serving). */
    void discard();
}
