package com.catalog.system.benchmark;

import java.util.Arrays;

/** Latencies in nanoseconds, reported as medians and tails in milliseconds. */
record LatencySample(long[] nanos) {

    LatencySample {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    double percentileMillis(double percentile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * nanos.length) - 1;
        return nanos[Math.max(0, Math.min(index, nanos.length - 1))] / 1_000_000.0;
    }

    int size() {
        return nanos.length;
    }
}
