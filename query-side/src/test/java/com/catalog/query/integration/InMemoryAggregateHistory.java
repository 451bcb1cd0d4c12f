package com.catalog.query.integration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An event store's per-aggregate streams held in memory, counting the reads, for tests without Spring. */
final class InMemoryAggregateHistory implements AggregateHistory {

    private final Map<String, List<Object>> streams = new HashMap<>();
    private int reads;

    /** @return the sequence number the event got */
    long append(String aggregateId, Object payload) {
        List<Object> stream = streams.computeIfAbsent(aggregateId, id -> new ArrayList<>());
        stream.add(payload);
        return stream.size() - 1L;
    }

    @Override
    public List<Object> before(String aggregateId, long sequence) {
        reads++;
        List<Object> stream = streams.getOrDefault(aggregateId, List.of());
        return List.copyOf(stream.subList(0, (int) Math.min(sequence, stream.size())));
    }

    int reads() {
        return reads;
    }

    /** A test's own read of a stream's first {@code count} events, not counted among the code's reads. */
    List<Object> firstOf(String aggregateId, int count) {
        return List.copyOf(streams.getOrDefault(aggregateId, List.of()).subList(0, count));
    }
}
