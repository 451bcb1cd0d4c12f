package com.catalog.query.deadletter;

import java.time.Instant;
import java.util.List;

/**
 * One processing group's dead letters: the exact count, and the oldest letters up to the configured limit, in queue
 * order (per aggregate, the first one blocks the rest).
 */
record DeadLetterGroup(String processingGroup, long count, List<Letter> letters) {

    /**
     * @param eventId        the event's id in the event store
     * @param eventType      the event's payload type (simple name)
     * @param aggregateType  e.g. {@code Product}
     * @param aggregateId    the aggregate whose later events queue behind this one
     * @param sequenceNumber the event's aggregate sequence
     * @param errorType      class of the failure
     * @param error          its message (bounded)
     * @param attempts       how often the projection tried it: 1 + failed retries
     * @param enqueuedAt     when it became a letter
     * @param lastTouched    when it was last tried
     */
    record Letter(String eventId, String eventType, String aggregateType, String aggregateId, Long sequenceNumber,
                  String errorType, String error, long attempts, Instant enqueuedAt, Instant lastTouched) {
    }

    /** The outcome of a retry: letters before and after it (a letter still failing stays, its attempts counted). */
    record RetryOutcome(String processingGroup, long lettersBefore, long lettersAfter) {
    }
}
