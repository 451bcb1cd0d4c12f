package com.catalog.query.integration.snapshot;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A snapshot position beyond what catalog.product.v1 holds: no earlier page could have given it, and states at it
 * could name events a subscriber cannot find on Kafka yet.
 */
class SnapshotPositionAheadException extends ErrorResponseException {

    SnapshotPositionAheadException(long position, long published) {
        super(HttpStatus.BAD_REQUEST, problem(position, published), null);
    }

    private static ProblemDetail problem(long position, long published) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Position " + position
                + " is beyond what is published (" + published + "); pass the position of the snapshot's first page");
        problem.setTitle("Snapshot position ahead");
        problem.setProperty("code", "snapshot-position-ahead");
        return problem;
    }
}
