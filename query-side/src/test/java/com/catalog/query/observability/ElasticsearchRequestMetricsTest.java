package com.catalog.query.observability;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.indices.RefreshRequest;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class ElasticsearchRequestMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ElasticsearchRequestMetrics metrics = new ElasticsearchRequestMetrics(registry);

    @Test
    void a_search_with_a_query_is_timed_as_search_and_one_with_only_suggesters_as_suggest() {
        SearchRequest search = SearchRequest.of(s -> s.index("i").query(q -> q.matchAll(m -> m)));
        SearchRequest suggest = SearchRequest.of(s -> s.index("i").size(0)
                .suggest(sg -> sg.suggesters("names", fs -> fs.prefix("oak").completion(c -> c.field("suggest")))));
        metrics.newContext(search, SearchRequest._ENDPOINT).close();
        metrics.newContext(suggest, SearchRequest._ENDPOINT).close();
        metrics.newContext(suggest, SearchRequest._ENDPOINT).close();

        assertThat(timer("search", "success").count()).isEqualTo(1);
        assertThat(timer("suggest", "success").count()).isEqualTo(2);
    }

    @Test
    void other_requests_are_named_by_the_client_endpoint_and_a_failure_is_an_error() {
        RefreshRequest refresh = RefreshRequest.of(r -> r.index("i"));
        Instrumentation.Context failed = metrics.newContext(refresh, RefreshRequest._ENDPOINT);
        failed.recordException(new java.io.IOException("connection refused"));
        failed.close();

        assertThat(timer("indices.refresh", "error").count()).isEqualTo(1);
        assertThat(timer("indices.refresh", "error").totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
    }

    private Timer timer(String operation, String outcome) {
        return registry.get(ElasticsearchRequestMetrics.TIMER).tag("operation", operation).tag("outcome", outcome).timer();
    }
}
