package com.catalog.command.idempotency;

/** The {@code Idempotency-Key} header is unusable: 400 before anything runs. */
class InvalidIdempotencyKeyException extends RuntimeException {

    InvalidIdempotencyKeyException(String message) {
        super(message);
    }
}
