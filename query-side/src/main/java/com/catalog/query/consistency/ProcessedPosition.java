package com.catalog.query.consistency;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

import java.util.Map;

/**
 * Decides from a streaming processor's tokens whether it has handled the event at a global position.
 * <p>
 * Every segment's token must have passed the position, because the event belongs to exactly one segment and we
 * don't know which. The token table holds a row for every segment (Axon creates them all at once, and a split or
 * merge replaces rows in one transaction), so the stored rows are the whole set.
 * <p>
 * {@code GapAwareTrackingToken.covers(newInstance(position, {}))} is deliberately not used: it also demands that
 * the token has no gap below the position, and a gap left by a rolled-back insert (a conflicting command) stays
 * in the token long after, which would make every later read wait until the timeout. The event at
 * {@code position} itself is processed once the token's index reached it and it is not one of the gaps.
 */
final class ProcessedPosition {

    private ProcessedPosition() {
    }

    /**
     * @param stored segment id → committed token, from the token table (every segment, whichever replica owns it)
     * @param live   segment id → status of the segments this replica processes right now
     */
    static boolean reached(Map<Integer, TrackingToken> stored, Map<Integer, ? extends EventTrackerStatus> live,
                           long position) {
        return !stored.isEmpty() && stored.entrySet().stream().allMatch(segment ->
                tokenPassed(segment.getValue(), position) || livePassed(live.get(segment.getKey()), position));
    }

    /**
     * A segment with nothing to handle stores its token only now and then (Axon extends its claim every few
     * seconds), so its committed token may lag; its healthy live status is then the better witness. A segment in
     * error may have advanced its live status past a batch that did not commit: only its stored token counts.
     */
    private static boolean livePassed(EventTrackerStatus status, long position) {
        return status != null && !status.isErrorState() && tokenPassed(status.getTrackingToken(), position);
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
}
