package com.catalog.inventory;

import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Real PostgreSQL (a fresh database) and Kafka (a fresh topic and group) for one test class. */
final class SubscriberEngines {

    final String topic = "catalog.product.v1.test-" + UUID.randomUUID();
    final String group = "inventory-test-" + UUID.randomUUID();
    /** Never created unless a test writes to it: a missing state topic bootstraps nothing. */
    final String stateTopic = "catalog.product-state.v1.test-" + UUID.randomUUID();
    private final PostgresDatabase db = TestEngines.newDatabase();

    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("spring.kafka.bootstrap-servers", TestEngines::kafkaBootstrapServers);
        registry.add("spring.kafka.consumer.group-id", () -> group);
        registry.add("inventory.topic", () -> topic);
        registry.add("inventory.state-topic.name", () -> stateTopic);
        registry.add("inventory.catch-up.mode", () -> "AUTO");
    }

    static AdminClient admin() {
        return AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestEngines.kafkaBootstrapServers()));
    }

    static void createTopic(String topic, int partitions) {
        try (AdminClient admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        } catch (ExecutionException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEngines.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }
}
