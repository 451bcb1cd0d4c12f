package com.catalog.query.integration;

import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Boot's KafkaAdmin creates this topic at startup when it does not exist yet. */
@Configuration(proxyBeanMethods = false)
class IntegrationTopicConfiguration {

    @Bean
    NewTopic productTopic(IntegrationProperties properties) {
        return TopicBuilder.name(ProductCreatedIntegrationEvent.TOPIC)
                .partitions(properties.topicPartitions())
                .replicas(properties.topicReplicas())
                .build();
    }
}
