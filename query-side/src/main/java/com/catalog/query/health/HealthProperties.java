package com.catalog.query.health;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param maxProcessorLag events a processor may be behind the head of the event store before the instance reports
 *                        itself not ready (its reads would be stale)
 * @param kafkaTimeout    how long the Kafka check waits for the cluster to describe itself
 */
@ConfigurationProperties("catalog.health")
record HealthProperties(@DefaultValue("10000") long maxProcessorLag, @DefaultValue("3s") Duration kafkaTimeout) {
}
