package com.catalog.query.projection;

import org.axonframework.eventhandling.EventTrackerStatus;

import java.util.Collection;

/** What a projection's processor is doing, as far as this instance can see. */
public enum ProjectionPhase {

    /** Processing new events as they arrive. */
    RUNNING,
    /** Rebuilding its read model from the start of the event store after a reset. */
    REPLAYING,
    /** Not processing on this instance (shut down, or not started). */
    STOPPED,
    /** A segment failed and is retried with back-off; the logs and metrics have the cause. */
    ERROR;

    /** An error outranks everything; a stopped processor neither replays nor runs. */
    static ProjectionPhase of(boolean running, boolean processorInError, Collection<? extends EventTrackerStatus> segments) {
        if (processorInError || segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return ERROR;
        }
        if (!running) {
            return STOPPED;
        }
        return segments.stream().anyMatch(EventTrackerStatus::isReplaying) ? REPLAYING : RUNNING;
    }
}
