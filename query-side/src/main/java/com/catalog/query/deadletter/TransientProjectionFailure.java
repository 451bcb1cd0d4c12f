package com.catalog.query.deadletter;

/**
 * The batch must fail and be retried: an engine is away (see {@link TransientFailures}), or the database aborted the
 * batch's transaction and the letter can only be written on the retry (see {@link AbortedTransactions}).
 */
class TransientProjectionFailure extends RuntimeException {

    TransientProjectionFailure(String eventId, String why, Throwable cause) {
        super("Event " + eventId + " " + why + "; its batch will be retried", cause);
    }
}
