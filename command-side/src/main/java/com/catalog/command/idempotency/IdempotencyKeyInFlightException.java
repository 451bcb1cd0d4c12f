package com.catalog.command.idempotency;

/** Another request with the same key is still running (or did not finish within the wait): 409, retry later. */
class IdempotencyKeyInFlightException extends RuntimeException {

    IdempotencyKeyInFlightException() {
        super("A request with this Idempotency-Key is still being processed; retry shortly to get its result.");
    }
}
