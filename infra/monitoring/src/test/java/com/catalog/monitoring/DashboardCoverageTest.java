package com.catalog.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every metric an alert fires on can be seen on the dashboard, so whoever is paged has a panel to look at. */
class DashboardCoverageTest {

    /** Label matchers and grouping lists hold label names, not metrics. */
    private static final Pattern LABELS = Pattern.compile("\\{[^}]*}|\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    /** A metric name: not followed by "(" (a function) and, in our naming, always containing an underscore. */
    private static final Pattern METRIC = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*_[a-zA-Z0-9_:]*)\\b(?!\\s*\\()");

    @Test
    void every_metric_of_every_alert_appears_in_a_panel_expression() throws IOException {
        Map<String, Set<String>> metricsByAlert = alertMetrics();
        String panelExpressions = String.join("\n", panelExpressions());

        assertThat(metricsByAlert.get("CatalogProcessorStalled"))
                .containsExactlyInAnyOrder("catalog_processor_lag", "catalog_processor_position");
        metricsByAlert.forEach((alert, metrics) -> {
            assertThat(metrics).as(alert + " names a metric").isNotEmpty();
            assertThat(metrics).as(alert).allSatisfy(metric -> assertThat(metricsIn(panelExpressions)).contains(metric));
        });
    }

    @Test
    void the_dashboard_is_grafana_json_with_titled_panels_on_a_prometheus_datasource() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(MonitoringFiles.DASHBOARD.toFile());

        assertThat(dashboard.path("uid").asText()).isNotBlank();
        assertThat(dashboard.path("panels")).isNotEmpty().allSatisfy(panel -> {
            assertThat(panel.path("title").asText()).isNotBlank();
            assertThat(panel.path("datasource").path("type").asText()).isEqualTo("prometheus");
            assertThat(panel.path("targets")).isNotEmpty();
        });
    }

    @Test
    void a_projection_replay_shows_its_progress_rate_eta_and_phase() throws IOException {
        assertThat(panelExpressions().stream().flatMap(expression -> metricsIn(expression).stream()))
                .contains("catalog_replay_events_done", "catalog_replay_events_total",
                        "catalog_replay_events_per_second", "catalog_replay_eta_seconds", "catalog_replay_phase");
    }

    @Test
    void elasticsearch_request_latency_is_shown_per_operation_from_its_histogram() throws IOException {
        assertThat(panelExpressions()).anySatisfy(expression -> assertThat(expression)
                .contains("histogram_quantile(").contains("catalog_elasticsearch_request_seconds_bucket")
                .contains("by (operation, le)"));
    }

    private static Map<String, Set<String>> alertMetrics() throws IOException {
        JsonNode rules = new YAMLMapper().readTree(MonitoringFiles.ALERT_RULES.toFile());
        Map<String, Set<String>> metrics = new LinkedHashMap<>();
        for (JsonNode group : rules.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.has("alert")) {
                    metrics.put(rule.path("alert").asText(), metricsIn(rule.path("expr").asText()));
                }
            }
        }
        return metrics;
    }

    private static List<String> panelExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : new ObjectMapper().readTree(MonitoringFiles.DASHBOARD.toFile()).path("panels")) {
            panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
        }
        return expressions;
    }

    static Set<String> metricsIn(String expression) {
        Matcher metric = METRIC.matcher(LABELS.matcher(expression).replaceAll(" "));
        Set<String> names = new TreeSet<>();
        while (metric.find()) {
            names.add(metric.group(1));
        }
        return names;
    }
}
