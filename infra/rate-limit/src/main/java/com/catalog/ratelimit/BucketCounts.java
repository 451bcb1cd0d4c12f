package com.catalog.ratelimit;

import java.time.Duration;

/**
 * One bucket's counts on this replica, for the current and the previous window: the shared count as PostgreSQL last
 * answered it (all replicas' hits, ours included) plus the hits admitted here since the last flush, plus the hits a
 * flush is sending right now: those count until PostgreSQL's answer (which includes them) replaces the shared count,
 * or a failed flush makes them pending again, so a request decided during the flush's round trip sees them. The sliding-window
 * estimate weighs the previous window by the part of it that still lies within the last window length.
 * Guarded by its own monitor; {@link #evicted} tells a caller that raced with eviction to look the bucket up again.
 */
final class BucketCounts {

    private long window;
    private long previousShared;
    private long currentShared;
    private long previousPending;
    private long currentPending;
    private long previousSending;
    private long currentSending;
    boolean evicted;

    BucketCounts(long window) {
        this.window = window;
    }

    RateLimitDecision tryAcquire(long window, double elapsed, int limit, Duration length) {
        roll(window);
        double previous = previousShared + previousPending + previousSending;
        double current = currentShared + currentPending + currentSending;
        if (previous * (1 - elapsed) + current + 1 <= limit) {
            currentPending++;
            return RateLimitDecision.ALLOWED;
        }
        return RateLimitDecision.refused(retryAfter(previous, current, elapsed, limit, length));
    }

    /**
     * The hits to send, by window; they are being sent from now on, counted until {@link #shared} (the answer) or
     * {@link #restore} (a failed flush).
     */
    long[] takePending(long window) {
        roll(window);
        long[] pending = {previousPending, currentPending};
        previousSending += previousPending;
        currentSending += currentPending;
        previousPending = 0;
        currentPending = 0;
        return pending;
    }

    /** A flush failed: its hits of that window are pending again. */
    void restore(long window, long hits) {
        if (window == this.window) {
            currentSending = Math.max(0, currentSending - hits);
            currentPending += hits;
        } else if (window == this.window - 1) {
            previousSending = Math.max(0, previousSending - hits);
            previousPending += hits;
        }
    }

    /** The shared count of a window as PostgreSQL just answered it, the hits this replica sent included. */
    void shared(long window, long hits) {
        if (window == this.window) {
            currentShared = hits;
            currentSending = 0;
        } else if (window == this.window - 1) {
            previousShared = hits;
            previousSending = 0;
        }
    }

    boolean idleSince(long window) {
        roll(window);
        return previousShared + previousPending + previousSending + currentShared + currentPending + currentSending
                == 0;
    }

    private void roll(long now) {
        if (now == window) {
            return;
        }
        boolean next = now == window + 1;
        previousShared = next ? currentShared : 0;
        previousPending = next ? currentPending : 0;
        previousSending = next ? currentSending : 0;
        currentShared = 0;
        currentPending = 0;
        currentSending = 0;
        window = now;
    }

    /**
     * When the estimate next leaves room for one hit, if no other hit comes: later in this window when only the
     * previous window's weight is too high, else in the next one, once this window's weight has decayed enough.
     */
    private static Duration retryAfter(double previous, double current, double elapsed, int limit, Duration length) {
        double fraction;
        if (current + 1 <= limit) {
            fraction = 1 - (limit - 1 - current) / previous - elapsed;
        } else {
            fraction = 1 - elapsed + Math.max(0, 1 - (limit - 1) / current);
        }
        return Duration.ofMillis((long) Math.ceil(Math.max(0, fraction) * length.toMillis()));
    }
}
