package com.catalog.query.product.search;

import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Elasticsearch client's connection pool, sized for the servlet pool. The low-level REST client's defaults (10
 * connections per route, 30 in all) made every request thread beyond the 10th wait for a connection inside the app,
 * so under load the app had fewer searches in flight than Elasticsearch could queue and answer. Each servlet thread
 * sends at most one Elasticsearch request at a time, so one connection per servlet thread means none waits for the
 * pool. {@code catalog.elasticsearch.pool.max-per-route} / {@code max-total}, both defaulting to
 * {@code server.tomcat.threads.max} (200).
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchClientPool {

    @Bean
    RestClientBuilderCustomizer elasticsearchConnectionPool(
            @Value("${catalog.elasticsearch.pool.max-per-route:${server.tomcat.threads.max:200}}") int maxPerRoute,
            @Value("${catalog.elasticsearch.pool.max-total:${server.tomcat.threads.max:200}}") int maxTotal) {
        if (maxPerRoute < 1 || maxTotal < maxPerRoute) {
            throw new IllegalArgumentException("catalog.elasticsearch.pool: max-per-route must be ≥ 1 and max-total ≥ "
                    + "max-per-route, got " + maxPerRoute + " and " + maxTotal);
        }
        return new RestClientBuilderCustomizer() {
            @Override
            public void customize(RestClientBuilder builder) {
                // only the HTTP client's pool (below)
            }

            @Override
            public void customize(HttpAsyncClientBuilder builder) {
                builder.setMaxConnPerRoute(maxPerRoute).setMaxConnTotal(maxTotal);
            }
        };
    }
}
