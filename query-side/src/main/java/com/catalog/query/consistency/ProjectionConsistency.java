package com.catalog.query.consistency;

import com.catalog.query.eventstore.StoredTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Read-your-writes on demand: blocks a read until a processor has handled a given event-store position, judged by
 * its committed tokens (see {@link StoredTokens}: the same whichever replica processes a segment, and never ahead
 * of a failing batch) and, for segments this replica runs without error, by their live status.
 */
@Component
public class ProjectionConsistency {

    private final EventProcessingConfiguration processing;
    private final StoredTokens storedTokens;
    private final ConsistencyProperties properties;

    ProjectionConsistency(EventProcessingConfiguration processing, StoredTokens storedTokens,
                          ConsistencyProperties properties) {
        this.processing = processing;
        this.storedTokens = storedTokens;
        this.properties = properties;
    }

    /**
     * Returns once {@code processorName} has processed {@code position} (immediately when no position is given).
     *
     * @throws ProjectionBehindException (503) when the consistency timeout passes first
     */
    public void awaitProcessed(String processorName, OptionalLong position) {
        if (position.isEmpty()) {
            return;
        }
        long target = position.getAsLong();
        long deadline = System.nanoTime() + properties.consistencyTimeout().toNanos();
        while (!hasProcessed(processorName, target)) {
            if (System.nanoTime() - deadline >= 0) {
                throw new ProjectionBehindException(target);
            }
            pause(properties.consistencyPollInterval());
        }
    }

    private boolean hasProcessed(String processorName, long position) {
        StreamingEventProcessor processor = processing.eventProcessor(processorName, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor " + processorName));
        return ProcessedPosition.reached(storedTokens.of(processorName), processor.processingStatus(), position);
    }

    private static void pause(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a projection", e);
        }
    }
}
