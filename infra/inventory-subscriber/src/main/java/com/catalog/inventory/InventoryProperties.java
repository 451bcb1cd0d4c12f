package com.catalog.inventory;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * @param topic      the catalog's product event topic
 * @param catchUp    how and when to catch up from the query side's event-store API
 * @param stateTopic the catalog's compacted product state topic, read once to bootstrap
 */
@ConfigurationProperties("inventory")
public record InventoryProperties(String topic, CatchUp catchUp, StateTopic stateTopic) {

    /**
     * @param name      the topic, {@code catalog.product-state.v1}
     * @param bootstrap whether a subscriber that never bootstrapped reads it before following {@link #topic}
     * @param timeout   how long reading it to its end may take before the start fails
     */
    public record StateTopic(String name, boolean bootstrap, java.time.Duration timeout) {
    }

    /**
     * @param mode        when to catch up on start
     * @param baseUrl     the catalog query side, e.g. {@code http://127.0.0.1:8082}
     * @param bearerToken a token with the role INTEGRATION (or ADMIN); never logged
     * @param pageSize    events examined per page (1..1000 on the API)
     */
    public record CatchUp(Mode mode, URI baseUrl, String bearerToken, int pageSize) {
    }

    public enum Mode {
        /** Only when Kafka no longer holds everything this consumer group still needs. */
        AUTO,
        /** On every start (e.g. after restoring the subscriber's database from a backup). */
        ALWAYS,
        /** Never on start; still available on demand through the {@code catchup} actuator endpoint. */
        NEVER
    }
}
