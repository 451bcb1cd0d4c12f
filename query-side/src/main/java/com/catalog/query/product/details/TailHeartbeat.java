package com.catalog.query.product.details;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When the event-store tail ({@link ProductPageChanges}) last showed it is reading: it beats at every poll, about
 * once a second. A tail silent for longer than {@code silence} is taken as stuck (not failed, which it reports
 * itself), and {@link ProductPages} then neither serves nor keeps a page, as a stuck tail would miss changes.
 */
final class TailHeartbeat {

    private final long silenceNanos;
    private final LongSupplier clock;
    private volatile long lastBeat;

    TailHeartbeat(Duration silence) {
        this(silence, System::nanoTime);
    }

    TailHeartbeat(Duration silence, LongSupplier nanoClock) {
        this.silenceNanos = silence.toNanos();
        this.clock = nanoClock;
        this.lastBeat = nanoClock.getAsLong();
    }

    void beat() {
        lastBeat = clock.getAsLong();
    }

    boolean alive() {
        return clock.getAsLong() - lastBeat < silenceNanos;
    }
}
