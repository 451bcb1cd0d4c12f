package com.catalog.query.replay;

/**
 * What a fresh target is checked against: the event store's aggregates (key = aggregate id, sequence = the last
 * sequence of the events the processor handles) or its events (key = event id, sequence = global position).
 *
 * @param aggregateType only aggregates of this type count (e.g. {@code Product}), or null for all
 */
public record Verification(Mode mode, String aggregateType) {

    public enum Mode { PER_AGGREGATE, PER_EVENT }

    public static Verification perAggregate(String aggregateType) {
        return new Verification(Mode.PER_AGGREGATE, aggregateType);
    }
}
