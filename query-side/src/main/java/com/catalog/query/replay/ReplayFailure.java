package com.catalog.query.replay;

/** A replay that cannot go on (verification mismatch, segments held elsewhere, timeout): its message is the reason. */
class ReplayFailure extends RuntimeException {

    ReplayFailure(String reason) {
        super(reason);
    }
}
