package com.catalog.query.replay;

import java.nio.charset.StandardCharsets;

/**
 * Row count and an order-independent hash (sum of a 64-bit hash of "key:sequence") of a read model or of what the
 * event store says it should hold. Equal checksums mean the same keys at the same sequences.
 */
public final class Checksum {

    private long count;
    private long hash;

    public void add(String key, long sequence) {
        count++;
        hash += fingerprint(key + ':' + sequence);
    }

    boolean matches(Checksum other) {
        return count == other.count && hash == other.hash;
    }

    /** FNV-1a 64 with a final mix, so near-identical keys spread over the whole range. */
    private static long fingerprint(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }

    @Override
    public String toString() {
        return count + " rows, hash " + Long.toHexString(hash);
    }
}
