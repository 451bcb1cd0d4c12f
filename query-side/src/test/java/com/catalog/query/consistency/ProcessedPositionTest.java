package com.catalog.query.consistency;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessedPositionTest {

    private static final Segment[] TWO = Segment.computeSegments(0, 1);

    @Test
    void a_position_at_or_below_every_segments_index_is_processed() {
        List<EventTrackerStatus> status = List.of(at(TWO[0], token(10)), at(TWO[1], token(12)));

        assertThat(ProcessedPosition.reached(status, 10)).isTrue();
        assertThat(ProcessedPosition.reached(status, 11)).isFalse();
    }

    @Test
    void a_position_inside_a_tokens_gaps_is_not_yet_processed() {
        List<EventTrackerStatus> status = List.of(at(TWO[0], token(12, 11L)), at(TWO[1], token(12)));

        assertThat(ProcessedPosition.reached(status, 11)).isFalse();
        assertThat(ProcessedPosition.reached(status, 12)).isTrue();
    }

    @Test
    void an_older_gap_below_the_position_does_not_hold_the_read_back() {
        // gap 5 may be a rolled-back insert that will never be filled; covers() would wait for it
        GapAwareTrackingToken withOldGap = token(20, 5L);
        assertThat(withOldGap.covers(GapAwareTrackingToken.newInstance(15, List.of()))).isFalse();

        assertThat(ProcessedPosition.reached(List.of(at(TWO[0], withOldGap), at(TWO[1], token(20))), 15)).isTrue();
    }

    @Test
    void a_missing_segment_means_not_processed() {
        assertThat(ProcessedPosition.reached(List.of(at(TWO[0], token(50))), 10)).isFalse();
        assertThat(ProcessedPosition.reached(List.of(), 10)).isFalse();
    }

    @Test
    void segments_of_different_sizes_count_when_they_cover_the_whole_space() {
        Segment[] split = TWO[1].split(); // 1/2 + 1/4 + 1/4
        List<EventTrackerStatus> status = List.of(at(TWO[0], token(9)), at(split[0], token(9)), at(split[1], token(9)));

        assertThat(ProcessedPosition.reached(status, 9)).isTrue();
        assertThat(ProcessedPosition.reached(status.subList(0, 2), 9)).isFalse();
    }

    @Test
    void a_segment_without_a_token_has_processed_nothing() {
        assertThat(ProcessedPosition.reached(List.of(at(TWO[0], token(9)), at(TWO[1], null)), 0)).isFalse();
    }

    @Test
    void during_a_replay_only_the_replayed_part_counts() {
        TrackingToken replaying = ReplayToken.createReplayToken(token(100), token(10));

        assertThat(ProcessedPosition.tokenPassed(replaying, 10)).isTrue();
        assertThat(ProcessedPosition.tokenPassed(replaying, 50)).isFalse();
    }

    private static GapAwareTrackingToken token(long index, Long... gaps) {
        return GapAwareTrackingToken.newInstance(index, List.of(gaps));
    }

    private static EventTrackerStatus at(Segment segment, TrackingToken token) {
        return new SegmentStatus(segment, token);
    }

    /** Only segment and token matter to the check. */
    private record SegmentStatus(Segment getSegment, TrackingToken getTrackingToken) implements EventTrackerStatus {
        public boolean isCaughtUp() { return true; }
        public boolean isReplaying() { return false; }
        public boolean isMerging() { return false; }
        public OptionalLong mergeCompletedPosition() { return OptionalLong.empty(); }
        public boolean isErrorState() { return false; }
        public Throwable getError() { return null; }
        public OptionalLong getCurrentPosition() { return OptionalLong.empty(); }
        public OptionalLong getResetPosition() { return OptionalLong.empty(); }
    }
}
