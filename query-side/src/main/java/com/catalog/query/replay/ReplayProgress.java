package com.catalog.query.replay;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;

import java.util.Collection;
import java.util.Map;

/** Positions of a replay processor's segments, as its own status reports them. */
final class ReplayProgress {

    private ReplayProgress() {
    }

    /** The slowest segment's position: every event up to it is in the fresh target (0 before the first batch). */
    static long done(StreamingEventProcessor processor, int segments) {
        Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
        if (statuses.size() < segments) {
            return 0;
        }
        return statuses.stream().mapToLong(status -> position(status.getTrackingToken())).min().orElse(0);
    }

    /** Every segment claimed and has reached the head of the event store at least once. */
    static boolean caughtUp(StreamingEventProcessor processor, int segments) {
        Collection<EventTrackerStatus> statuses = processor.processingStatus().values();
        return statuses.size() == segments && statuses.stream().allMatch(EventTrackerStatus::isCaughtUp);
    }

    static long lowest(Map<Integer, TrackingToken> tokens) {
        return tokens.values().stream().mapToLong(ReplayProgress::position).min().orElse(0);
    }

    static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
