package com.catalog.command.snapshot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When aggregates are snapshotted.
 *
 * @param product snapshots of products
 */
@ConfigurationProperties("catalog.snapshots")
record SnapshotProperties(@DefaultValue AggregateSnapshots product) {

    /**
     * @param threshold a snapshot is taken when a command leaves the aggregate with this many events after its latest
     *                  snapshot (Axon's event-count trigger, counting the events loaded plus those just applied)
     */
    record AggregateSnapshots(@DefaultValue("100") int threshold) {

        AggregateSnapshots {
            if (threshold < 1) {
                throw new IllegalArgumentException("a snapshot threshold must be at least 1, was " + threshold);
            }
        }
    }
}
