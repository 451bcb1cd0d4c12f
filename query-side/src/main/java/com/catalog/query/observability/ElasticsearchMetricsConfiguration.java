package com.catalog.query.observability;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.micrometer.core.instrument.MeterRegistry;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch transport Spring Boot would build (same RestClient, mapper and options), with
 * {@link ElasticsearchRequestMetrics} as its instrumentation, so every request of every component is timed in one
 * place. Boot's own transport steps back when this bean exists.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchMetricsConfiguration {

    @Bean
    RestClientTransport restClientTransport(RestClient restClient, JsonpMapper jsonpMapper,
                                            ObjectProvider<RestClientOptions> options, MeterRegistry registry) {
        return new RestClientTransport(restClient, jsonpMapper, options.getIfAvailable(),
                new ElasticsearchRequestMetrics(registry));
    }
}
