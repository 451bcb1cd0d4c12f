package com.catalog.query.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.query.QuerySideEngines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Buyers' search and type-ahead against the real Elasticsearch show up as latency histograms in Prometheus. */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.search.alias=catalog-products-metrics-it",
        "catalog.search.index=catalog-products-metrics-it-v1"})
class ElasticsearchRequestMetricsIntegrationTest {

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
    }

    @Autowired TestRestTemplate http;

    @Test
    void search_and_suggest_requests_are_histograms_by_operation_on_the_prometheus_endpoint() {
        assertThat(http.getForEntity("/api/v1/products/search?q=oak", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/v1/products/suggest?q=oak", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> scrape = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getBody())
                // a search with facets is one msearch (hits, and the facets as a cached size-0 request; docs/search.md)
                .containsPattern(series("bucket", "msearch") + " [1-9]")
                .containsPattern(series("count", "suggest") + " [1-9]")
                .contains("# TYPE catalog_elasticsearch_request_seconds histogram");
    }

    /** A series of the timer with the operation and a success outcome, whatever the order of its labels. */
    private static String series(String suffix, String operation) {
        return "catalog_elasticsearch_request_seconds_" + suffix + "\\{(?=[^}]*operation=\"" + operation + "\")"
                + "(?=[^}]*outcome=\"success\")[^}]*}";
    }
}
