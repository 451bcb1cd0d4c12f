package com.catalog.query.observability;

import java.util.Map;
import java.util.OptionalLong;

/**
 * How far each streaming processor of this instance has come, against the head of the event store.
 *
 * @param head      the highest global index in the event store (0 when it is empty)
 * @param positions per processor, the position of each segment this instance has claimed (segment id → position)
 */
public record ProcessingProgress(long head, Map<String, Map<Integer, Long>> positions) {

    public ProcessingProgress {
        positions = Map.copyOf(positions);
    }

    /**
     * Events between the head and the processor's slowest segment; empty when this instance holds no segment of it
     * (another replica may hold them all), because then there is nothing here to measure.
     */
    public OptionalLong lag(String processor) {
        return positions.getOrDefault(processor, Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .min()
                .stream()
                .map(slowest -> Math.max(0, head - slowest))
                .findFirst();
    }
}
