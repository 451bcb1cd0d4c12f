package com.catalog.query.deadletter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxSequences    aggregates with letters one processing group may hold; beyond that the processor stops
 *                        and retries (a flood of poison is an incident, not something to park)
 * @param maxSequenceSize letters queued behind one aggregate's first one
 * @param listLimit       letters the admin list shows per processing group (the count is always exact)
 */
@ConfigurationProperties("catalog.dead-letters")
record DeadLetterProperties(@DefaultValue("1024") int maxSequences, @DefaultValue("1024") int maxSequenceSize,
                            @DefaultValue("100") int listLimit) {
}
