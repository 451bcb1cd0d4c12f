package com.catalog.query.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param fetchDelay how long the processors' shared reader waits before polling the event store again when it
 *                   found nothing new. Command-side appends from another process, so this bounds how soon a new
 *                   event is seen; Axon's 1 s default would make every read-your-writes request wait that long.
 * @param batchSize  events per query when a processor reads the store (Axon's default is 100): a replay, or a processor
 *                   that is behind, reads 1,000 events a round trip, the size of a replay's batch
 */
@ConfigurationProperties("catalog.event-store")
record EventStoreProperties(@DefaultValue("100ms") Duration fetchDelay, @DefaultValue("1000") int batchSize) {
}
