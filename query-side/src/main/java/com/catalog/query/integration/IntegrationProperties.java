package com.catalog.query.integration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * Publishing of integration events.
 *
 * @param topicPartitions partitions of each integration topic when this app creates it
 * @param topicReplicas   replication factor of each integration topic when this app creates it
 * @param source          CloudEvents {@code source} of every published event
 * @param sendTimeout     how long a batch waits for Kafka's acknowledgements before it fails and is retried
 * @param lagPollInterval how often the publish lag gauge is sampled
 * @param stateTopic      settings of the compacted state topic, set when this app creates it
 * @param stateCacheSize  products whose latest public state the state publisher keeps in memory, so it reads a
 *                        product's history from the event store only on a miss
 */
@ConfigurationProperties("catalog.integration")
record IntegrationProperties(
        @DefaultValue("3") int topicPartitions,
        @DefaultValue("1") short topicReplicas,
        @DefaultValue("urn:catalog:command-side") URI source,
        @DefaultValue("15s") Duration sendTimeout,
        @DefaultValue("5s") Duration lagPollInterval,
        @DefaultValue StateTopic stateTopic,
        @DefaultValue("10000") int stateCacheSize) {

    /**
     * The topic-level configs of {@code catalog.product-state.v1} (a topic that exists already keeps its own:
     * change it with {@code kafka-configs --alter}).
     *
     * @param deleteRetention   {@code delete.retention.ms}: how long compaction keeps a tombstone; at least the
     *                          retention of {@code catalog.product.v1} (broker default 7 days), so a subscriber
     *                          bootstrapping from the state topic cannot miss a discontinuation whose event is gone
     * @param minCompactionLag  {@code min.compaction.lag.ms}: how long a state stays before compaction may fold it
     * @param segment           {@code segment.ms}: compaction never touches the open segment, so this bounds how
     *                          long superseded states and tombstones stay before compaction can see them
     */
    record StateTopic(
            @DefaultValue("7d") Duration deleteRetention,
            @DefaultValue("0s") Duration minCompactionLag,
            @DefaultValue("1d") Duration segment) {
    }
}
