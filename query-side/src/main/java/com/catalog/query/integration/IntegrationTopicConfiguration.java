package com.catalog.query.integration;

import com.catalog.events.integration.BrandCreatedIntegrationEvent;
import com.catalog.events.integration.CategoryCreatedIntegrationEvent;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductStateV1;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

import java.time.Duration;

/** Boot's KafkaAdmin creates these topics at startup when it does not exist yet. */
@Configuration(proxyBeanMethods = false)
class IntegrationTopicConfiguration {

    @Bean
    NewTopic productTopic(IntegrationProperties properties) {
        return topic(ProductCreatedIntegrationEvent.TOPIC, properties);
    }

    @Bean
    NewTopic categoryTopic(IntegrationProperties properties) {
        return topic(CategoryCreatedIntegrationEvent.TOPIC, properties);
    }

    @Bean
    NewTopic brandTopic(IntegrationProperties properties) {
        return topic(BrandCreatedIntegrationEvent.TOPIC, properties);
    }

    /**
     * Compacted: Kafka keeps at least the latest state of every product; a tombstone removes a discontinued one
     * after {@code delete.retention.ms}, which is therefore set here, not left to the broker's default (1 day).
     */
    @Bean
    NewTopic productStateTopic(IntegrationProperties properties) {
        IntegrationProperties.StateTopic state = properties.stateTopic();
        return TopicBuilder.name(ProductStateV1.TOPIC)
                .partitions(properties.topicPartitions())
                .replicas(properties.topicReplicas())
                .compact()
                .config(TopicConfig.DELETE_RETENTION_MS_CONFIG, millis(state.deleteRetention()))
                .config(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, millis(state.minCompactionLag()))
                .config(TopicConfig.SEGMENT_MS_CONFIG, millis(state.segment()))
                .build();
    }

    private static String millis(Duration duration) {
        return Long.toString(duration.toMillis());
    }

    private static NewTopic topic(String name, IntegrationProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.topicPartitions())
                .replicas(properties.topicReplicas())
                .build();
    }
}
