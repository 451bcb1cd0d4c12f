package com.catalog.engines;

import java.time.Duration;

/**
 * Every engine setting can be overridden by a system property (wins) or an environment variable,
 * so the same code serves tests, CI and a developer's laptop.
 */
final class Overrides {

    private Overrides() {
    }

    static String string(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static int port(String property, String env, int fallback) {
        return integer(property, env, fallback);
    }

    /**
     * How long an engine or app may take to get ready: its own default, or {@code catalog.engines.ready-seconds} for
     * every one of them when a busy shared machine needs longer.
     */
    static Duration readyTimeout(Duration fallback) {
        int seconds = integer("catalog.engines.ready-seconds", "CATALOG_ENGINES_READY_SECONDS", 0);
        return seconds > 0 ? Duration.ofSeconds(seconds) : fallback;
    }

    static int integer(String property, String env, int fallback) {
        String value = string(property, env, null);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
