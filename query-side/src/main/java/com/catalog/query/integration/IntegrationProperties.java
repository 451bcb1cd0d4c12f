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
 */
@ConfigurationProperties("catalog.integration")
record IntegrationProperties(
        @DefaultValue("3") int topicPartitions,
        @DefaultValue("1") short topicReplicas,
        @DefaultValue("urn:catalog:command-side") URI source,
        @DefaultValue("15s") Duration sendTimeout,
        @DefaultValue("5s") Duration lagPollInterval) {
}
