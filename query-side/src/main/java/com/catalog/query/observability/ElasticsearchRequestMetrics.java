package com.catalog.query.observability;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * {@code catalog_elasticsearch_request_seconds{operation, outcome}}: how long each request of the Elasticsearch
 * client took, from the call until its answer was decoded, as a histogram. The operation is the client's endpoint
 * ({@code search}, {@code bulk}, {@code index}, {@code get}, {@code indices.refresh}…), except that a search that
 * only asks suggesters is {@code suggest}, so type-ahead's latency is not hidden among full searches. The outcome is
 * {@code success} or {@code error} (an exception, including Elasticsearch's own error answers).
 */
class ElasticsearchRequestMetrics implements Instrumentation {

    static final String TIMER = "catalog.elasticsearch.request";
    /** The client names its endpoints {@code es/search}, {@code es/bulk}…: the prefix says nothing here. */
    private static final String ENDPOINT_PREFIX = "es/";
    private static final Duration MIN_EXPECTED = Duration.ofMillis(1);
    private static final Duration MAX_EXPECTED = Duration.ofSeconds(30);

    private final MeterRegistry registry;

    ElasticsearchRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public <TRequest> Context newContext(TRequest request, Endpoint<TRequest, ?, ?> endpoint) {
        return new Timing(operation(request, endpoint), Timer.start(registry));
    }

    static String operation(Object request, Endpoint<?, ?, ?> endpoint) {
        if (request instanceof SearchRequest search && search.suggest() != null && search.query() == null) {
            return "suggest";
        }
        String id = endpoint.id();
        return id.startsWith(ENDPOINT_PREFIX) ? id.substring(ENDPOINT_PREFIX.length()) : id;
    }

    private final class Timing implements Context {

        private final String operation;
        private final Timer.Sample sample;
        private String outcome = "success";

        private Timing(String operation, Timer.Sample sample) {
            this.operation = operation;
            this.sample = sample;
        }

        @Override
        public ThreadScope makeCurrent() {
            return () -> {
            };
        }

        @Override
        public void beforeSendingHttpRequest(TransportHttpClient.Request httpRequest, TransportOptions options) {
            // the timer started with the call: serialising the request is part of what the caller waits for
        }

        @Override
        public void afterReceivingHttpResponse(TransportHttpClient.Response httpResponse) {
            // decoding is timed too: it ends at close()
        }

        @Override
        public <TResponse> void afterDecodingApiResponse(TResponse apiResponse) {
            // nothing to add: the outcome is success unless an exception was recorded
        }

        @Override
        public void recordException(Throwable thrown) {
            outcome = "error";
        }

        @Override
        public void close() {
            sample.stop(Timer.builder(TIMER)
                    .description("Elasticsearch requests of the query side, from call to decoded answer")
                    .tag("operation", operation)
                    .tag("outcome", outcome)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(MIN_EXPECTED)
                    .maximumExpectedValue(MAX_EXPECTED)
                    .register(registry));
        }
    }
}
