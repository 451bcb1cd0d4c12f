package com.catalog.monitoring;

import java.nio.file.Files;
import java.nio.file.Path;

/** The monitoring files live beside this module's pom, where operators look for them. */
final class MonitoringFiles {

    static final Path PROMETHEUS = module().resolve("prometheus");
    static final Path ALERT_RULES = PROMETHEUS.resolve("catalog-alerts.yml");
    static final Path ALERT_RULE_TESTS = PROMETHEUS.resolve("catalog-alerts.test.yml");
    static final Path DASHBOARD = module().resolve("grafana").resolve("catalog-dashboard.json");

    private MonitoringFiles() {
    }

    /** Surefire runs in the module directory; from the repository root (an IDE) it is infra/monitoring. */
    private static Path module() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("prometheus")) ? here : here.resolve("infra").resolve("monitoring");
    }
}
