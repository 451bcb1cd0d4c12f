package com.catalog.query.consistency;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

import java.util.Collection;

/**
 * Decides from a streaming processor's segment statuses whether it has handled the event at a global position.
 * <p>
 * Every segment must be present (together they must cover the whole hash space) and every segment's token must
 * have passed the position, because the event belongs to exactly one segment and we don't know which.
 * <p>
 * {@code GapAwareTrackingToken.covers(newInstance(position, {}))} is deliberately not used: it also demands that
 * the token has no gap below the position, and a gap left by a rolled-back insert (a conflicting command) stays
 * in the token long after, which would make every later read wait until the timeout. The event at
 * {@code position} itself is processed once the token's index reached it and it is not one of the gaps.
 */
final class ProcessedPosition {

    private ProcessedPosition() {
    }

    static boolean reached(Collection<? extends EventTrackerStatus> segments, long position) {
        return coverAllSegments(segments)
                && segments.stream().allMatch(status -> tokenPassed(status.getTrackingToken(), position));
    }

    static boolean tokenPassed(TrackingToken token, long position) {
        // during a replay the lower bound is what the (reset) read model actually contains
        TrackingToken processed = WrappedToken.unwrapLowerBound(token);
        if (processed == null) {
            return false;
        }
        if (processed instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return processed.position().orElse(-1) >= position;
    }

    /** Segment i with mask m owns 1/(m+1) of the space; the shares must add up to the whole. */
    private static boolean coverAllSegments(Collection<? extends EventTrackerStatus> segments) {
        if (segments.isEmpty()) {
            return false;
        }
        long whole = segments.stream().mapToLong(s -> s.getSegment().getMask() + 1L).max().orElseThrow();
        long covered = segments.stream().mapToLong(s -> whole / (s.getSegment().getMask() + 1L)).sum();
        return covered == whole;
    }
}
