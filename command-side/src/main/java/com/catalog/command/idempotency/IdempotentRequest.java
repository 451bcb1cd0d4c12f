package com.catalog.command.idempotency;

/**
 * A write that carries an {@code Idempotency-Key}.
 *
 * @param callerId    the JWT subject: keys of different callers never meet
 * @param key         the header's value
 * @param fingerprint see {@link RequestFingerprint}
 */
record IdempotentRequest(String callerId, String key, byte[] fingerprint) {
}
