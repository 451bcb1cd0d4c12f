package com.catalog.query.integration;

import java.util.List;

/**
 * The payloads of an aggregate's events before a given sequence number. Category and brand events carry their new
 * state only; their public change events need the state before, which this history gives without a table of its
 * own (so the Kafka publisher and the catch-up API, which reads any position, compute the same before-values).
 */
@FunctionalInterface
public interface AggregateHistory {

    List<Object> before(String aggregateId, long sequence);
}
