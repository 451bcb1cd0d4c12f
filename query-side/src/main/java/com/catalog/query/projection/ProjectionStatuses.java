package com.catalog.query.projection;

import com.catalog.query.observability.ProcessingProgress;
import com.catalog.query.observability.ProcessorProgress;
import com.catalog.query.replay.ProjectionReplays;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.springframework.stereotype.Service;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Status of every streaming processor of this instance. Positions, head and lag come from the same
 * {@link ProcessorProgress} snapshot the metrics use; phase and per-segment flags from the processor's own status.
 */
@Service
class ProjectionStatuses {

    private final EventProcessingConfiguration processing;
    private final ProcessorProgress progress;
    private final TokenStore tokenStore;
    private final ProjectionReplays replays;

    ProjectionStatuses(EventProcessingConfiguration processing, ProcessorProgress progress, TokenStore tokenStore,
                       ProjectionReplays replays) {
        this.processing = processing;
        this.progress = progress;
        this.tokenStore = tokenStore;
        this.replays = replays;
    }

    ProjectionsOverview all() {
        ProcessingProgress snapshot = progress.current();
        List<ProjectionStatus> projections = processing.eventProcessors().entrySet().stream()
                .filter(processor -> processor.getValue() instanceof StreamingEventProcessor)
                .map(processor -> status(processor.getKey(), (StreamingEventProcessor) processor.getValue(), snapshot))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
        return new ProjectionsOverview(snapshot.head(), projections);
    }

    ProjectionStatus one(String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new UnknownProjectionException(name));
        return status(name, processor, progress.current());
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, ProcessingProgress snapshot) {
        Map<Integer, Long> positions = snapshot.positions().getOrDefault(name, Map.of());
        Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
        List<SegmentStatus> segments = statuses.stream()
                .filter(status -> positions.containsKey(status.getSegment().getSegmentId()))
                .map(status -> segment(status, positions.get(status.getSegment().getSegmentId())))
                .sorted(Comparator.comparingInt(SegmentStatus::segment))
                .toList();
        Long slowest = positions.values().stream().min(Long::compare).orElse(null);
        Long lag = snapshot.lag(name).isPresent() ? snapshot.lag(name).getAsLong() : null;
        return new ProjectionStatus(name, ProjectionPhase.of(processor.isRunning(), processor.isError(), statuses),
                snapshot.head(), slowest, lag, tokenStore.fetchSegments(name).length, processor.supportsReset(),
                segments, replays.status(name));
    }

    private static SegmentStatus segment(EventTrackerStatus status, long position) {
        return new SegmentStatus(status.getSegment().getSegmentId(), status.getSegment().getMask(), position,
                status.isReplaying(), status.isCaughtUp(), status.isErrorState());
    }
}
