package com.catalog.command.idempotency;

import java.security.MessageDigest;

/**
 * A key someone else's request already holds.
 *
 * @param requestHash the fingerprint of the request that claimed it
 * @param response    its answer; null while it is still running (bulk requests only: a single write's claim is not
 *                    visible before its transaction commits)
 */
record KeyRecord(byte[] requestHash, StoredResponse response) {

    boolean sameRequestAs(byte[] fingerprint) {
        return MessageDigest.isEqual(requestHash, fingerprint);
    }

    boolean completed() {
        return response != null;
    }
}
