package com.catalog.query.integration;

import java.net.URI;
import java.time.Duration;

/** The publishing settings of application.yml, for tests that build the mappings without Spring. */
final class TestIntegrationProperties {

    private TestIntegrationProperties() {
    }

    static IntegrationProperties defaults() {
        return new IntegrationProperties(3, (short) 1, URI.create("urn:catalog:command-side"), Duration.ofSeconds(5),
                Duration.ofSeconds(5), new IntegrationProperties.StateTopic(Duration.ofDays(7), Duration.ZERO,
                Duration.ofDays(1)), 100);
    }
}
