package com.catalog.query.observability;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads the current {@link ProcessingProgress} from the processors' in-memory status and the event store's head. */
@Component
public class ProcessorProgress {

    /** A token before the first event: global indexes start at 1, so position 0 means nothing is processed yet. */
    private static final long NOTHING_PROCESSED = 0;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ProcessorProgress(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public ProcessingProgress current() {
        Map<String, Map<Integer, Long>> positions = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                positions.put(name, segmentPositions(streaming));
            }
        });
        return new ProcessingProgress(position(eventStore.createHeadToken()), positions);
    }

    private static Map<Integer, Long> segmentPositions(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream().collect(Collectors.toMap(
                status -> status.getSegment().getSegmentId(), ProcessorProgress::position, Math::max, TreeMap::new));
    }

    private static long position(EventTrackerStatus status) {
        // during a replay the lower bound is what the (reset) read model actually contains
        return position(WrappedToken.unwrapLowerBound(status.getTrackingToken()));
    }

    private static long position(TrackingToken token) {
        return token == null ? NOTHING_PROCESSED : token.position().orElse(NOTHING_PROCESSED);
    }
}
