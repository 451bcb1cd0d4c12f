package com.catalog.query.projection;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionPhaseTest {

    private static final EventTrackerStatus PROCESSING = new Status(false, false);
    private static final EventTrackerStatus REPLAYING = new Status(true, false);
    private static final EventTrackerStatus FAILED = new Status(false, true);

    @Test
    void a_running_processor_whose_segments_all_process_is_running() {
        assertThat(ProjectionPhase.of(true, false, List.of(PROCESSING, PROCESSING))).isEqualTo(ProjectionPhase.RUNNING);
    }

    @Test
    void one_replaying_segment_makes_the_projection_replaying() {
        assertThat(ProjectionPhase.of(true, false, List.of(PROCESSING, REPLAYING))).isEqualTo(ProjectionPhase.REPLAYING);
    }

    @Test
    void a_failed_segment_or_processor_is_an_error_whatever_else_is_true() {
        assertThat(ProjectionPhase.of(true, false, List.of(REPLAYING, FAILED))).isEqualTo(ProjectionPhase.ERROR);
        assertThat(ProjectionPhase.of(false, true, List.of())).isEqualTo(ProjectionPhase.ERROR);
    }

    @Test
    void a_processor_that_is_not_running_is_stopped() {
        assertThat(ProjectionPhase.of(false, false, List.of())).isEqualTo(ProjectionPhase.STOPPED);
        assertThat(ProjectionPhase.of(false, false, List.of(REPLAYING))).isEqualTo(ProjectionPhase.STOPPED);
    }

    /** Only the replaying and error flags matter to the phase. */
    private record Status(boolean isReplaying, boolean isErrorState) implements EventTrackerStatus {
        public Segment getSegment() { return Segment.ROOT_SEGMENT; }
        public boolean isCaughtUp() { return true; }
        public boolean isMerging() { return false; }
        public OptionalLong mergeCompletedPosition() { return OptionalLong.empty(); }
        public TrackingToken getTrackingToken() { return null; }
        public Throwable getError() { return isErrorState ? new IllegalStateException("failed") : null; }
        public OptionalLong getCurrentPosition() { return OptionalLong.empty(); }
        public OptionalLong getResetPosition() { return OptionalLong.empty(); }
    }
}
