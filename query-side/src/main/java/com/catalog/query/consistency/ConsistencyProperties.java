package com.catalog.query.consistency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Read-your-writes bounds.
 *
 * @param consistencyTimeout     longest a read waits for its projection to reach the requested position
 * @param consistencyPollInterval how often the processors' progress is checked while waiting
 */
@ConfigurationProperties("catalog.read")
public record ConsistencyProperties(
        @DefaultValue("5s") Duration consistencyTimeout,
        @DefaultValue("20ms") Duration consistencyPollInterval) {
}
