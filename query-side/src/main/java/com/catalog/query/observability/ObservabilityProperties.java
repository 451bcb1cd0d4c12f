package com.catalog.query.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param progressPollInterval how often processor positions and the event store head are sampled for the gauges;
 *                             well below the scrape interval, and one cheap {@code max(global_index)} query each
 */
@ConfigurationProperties("catalog.observability")
record ObservabilityProperties(@DefaultValue("5s") Duration progressPollInterval) {
}
