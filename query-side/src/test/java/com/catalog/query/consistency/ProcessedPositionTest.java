package com.catalog.query.consistency;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessedPositionTest {

    private static final Map<Integer, EventTrackerStatus> NOTHING_LIVE = Map.of();
    private static final Segment[] TWO = Segment.computeSegments(0, 1);

    @Test
    void a_position_at_or_below_every_segments_index_is_processed() {
        Map<Integer, TrackingToken> status = tokens(0, token(10), 1, token(12));

        assertThat(ProcessedPosition.reached(status, NOTHING_LIVE, 10)).isTrue();
        assertThat(ProcessedPosition.reached(status, NOTHING_LIVE, 11)).isFalse();
    }

    @Test
    void a_position_inside_a_tokens_gaps_is_not_yet_processed() {
        Map<Integer, TrackingToken> status = tokens(0, token(12, 11L), 1, token(12));

        assertThat(ProcessedPosition.reached(status, NOTHING_LIVE, 11)).isFalse();
        assertThat(ProcessedPosition.reached(status, NOTHING_LIVE, 12)).isTrue();
    }

    @Test
    void an_older_gap_below_the_position_does_not_hold_the_read_back() {
        // gap 5 may be a rolled-back insert that will never be filled; covers() would wait for it
        GapAwareTrackingToken withOldGap = token(20, 5L);
        assertThat(withOldGap.covers(GapAwareTrackingToken.newInstance(15, List.of()))).isFalse();

        assertThat(ProcessedPosition.reached(tokens(0, withOldGap, 1, token(20)), NOTHING_LIVE, 15)).isTrue();
    }

    @Test
    void a_processor_without_stored_tokens_has_processed_nothing() {
        assertThat(ProcessedPosition.reached(Map.of(), NOTHING_LIVE, 10)).isFalse();
    }

    @Test
    void every_segment_counts_whatever_its_size() {
        // segment 1 split into 1 and 3: Axon stores the new row in the same transaction, so rows are never missing
        Segment[] split = Segment.computeSegments(0, 1)[1].split();
        int other = split[1].getSegmentId();

        assertThat(ProcessedPosition.reached(tokens(0, token(9), 1, token(9), other, token(9)), NOTHING_LIVE, 9)).isTrue();
        assertThat(ProcessedPosition.reached(tokens(0, token(9), 1, token(9), other, token(8)), NOTHING_LIVE, 9)).isFalse();
    }

    @Test
    void a_segment_without_a_token_has_processed_nothing() {
        assertThat(ProcessedPosition.reached(tokens(0, token(9), 1, null), NOTHING_LIVE, 0)).isFalse();
    }

    @Test
    void a_segment_with_nothing_to_handle_counts_by_its_healthy_live_status() {
        // segment 1 handled none of the new events, so its stored token was not written again yet
        Map<Integer, TrackingToken> stored = tokens(0, token(30), 1, token(12));
        Map<Integer, EventTrackerStatus> live = Map.of(1, new SegmentStatus(TWO[1], token(30), false));

        assertThat(ProcessedPosition.reached(stored, live, 30)).isTrue();
        assertThat(ProcessedPosition.reached(stored, NOTHING_LIVE, 30)).as("owned by another replica").isFalse();
    }

    @Test
    void a_segment_in_error_counts_only_by_what_it_committed() {
        Map<Integer, TrackingToken> stored = tokens(0, token(30), 1, token(12));
        Map<Integer, EventTrackerStatus> failing = Map.of(1, new SegmentStatus(TWO[1], token(30), true));

        assertThat(ProcessedPosition.reached(stored, failing, 30)).isFalse();
        assertThat(ProcessedPosition.reached(stored, failing, 12)).isTrue();
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

    /** segment id, token, segment id, token, … (a null token: the segment has handled nothing yet) */
    private static Map<Integer, TrackingToken> tokens(Object... idsAndTokens) {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        for (int i = 0; i < idsAndTokens.length; i += 2) {
            tokens.put((Integer) idsAndTokens[i], (TrackingToken) idsAndTokens[i + 1]);
        }
        return tokens;
    }

    /** Only segment, token and error state matter to the check. */
    private record SegmentStatus(Segment getSegment, TrackingToken getTrackingToken, boolean isErrorState)
            implements EventTrackerStatus {
        public boolean isCaughtUp() { return true; }
        public boolean isReplaying() { return false; }
        public boolean isMerging() { return false; }
        public OptionalLong mergeCompletedPosition() { return OptionalLong.empty(); }
        public Throwable getError() { return null; }
        public OptionalLong getCurrentPosition() { return OptionalLong.empty(); }
        public OptionalLong getResetPosition() { return OptionalLong.empty(); }
    }
}
