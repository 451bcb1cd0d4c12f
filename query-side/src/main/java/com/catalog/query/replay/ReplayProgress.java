package com.catalog.query.replay;

import org.axonframework.eventhandling.TrackingToken;

/** The global position of a tracking token. */
final class ReplayProgress {

    private ReplayProgress() {
    }

    static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
