package com.catalog.query.health;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * UP when the brokers describe their cluster within {@code catalog.health.kafka-timeout}. Boot has no Kafka health
 * indicator; one long-lived admin client (from Boot's {@link KafkaAdmin} settings) keeps each check to one request.
 */
@Component
class KafkaHealthIndicator implements HealthIndicator, AutoCloseable {

    private final Admin admin;
    private final int timeoutMillis;

    KafkaHealthIndicator(KafkaAdmin kafkaAdmin, HealthProperties properties) {
        this.timeoutMillis = Math.toIntExact(properties.kafkaTimeout().toMillis());
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "catalog-health");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis);
        this.admin = Admin.create(config);
    }

    @Override
    public Health health() {
        DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMillis));
        try {
            int nodes = cluster.nodes().get(timeoutMillis, TimeUnit.MILLISECONDS).size();
            String clusterId = cluster.clusterId().get(timeoutMillis, TimeUnit.MILLISECONDS);
            return Health.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes).build();
        } catch (ExecutionException | TimeoutException unreachable) {
            return Health.down(unreachable).build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
