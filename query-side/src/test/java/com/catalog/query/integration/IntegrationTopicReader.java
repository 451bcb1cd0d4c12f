package com.catalog.query.integration;

import com.catalog.engines.TestEngines;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/** Reads an integration topic of the test Kafka from the beginning, keeping the records of the given keys. */
final class IntegrationTopicReader {

    private IntegrationTopicReader() {
    }

    /**
     * @return the records of {@code keys} in offset order per partition (redeliveries included), once {@code count}
     *         distinct events (by ce_id) arrived or time ran out
     */
    static List<ConsumerRecord<String, byte[]>> recordsWithKeys(String topic, Set<String> keys, int count,
                                                                Duration within) {
        return recordsWithKeys(TestEngines.kafkaBootstrapServers(), topic, keys, count, within);
    }

    /** The same, from the broker at {@code bootstrapServers}. */
    static List<ConsumerRecord<String, byte[]>> recordsWithKeys(String bootstrapServers, String topic, Set<String> keys,
                                                                int count, Duration within) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        Set<String> eventIds = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, within).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + within.toNanos();
            while (eventIds.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(record.key())) {
                        found.add(record);
                        eventIds.add(header(record, "ce_id"));
                    }
                }
            }
        }
        return found;
    }

    /** The records as a subscriber applies them: at-least-once delivery de-duplicated by ce_id, first one kept. */
    static List<ConsumerRecord<String, byte[]>> firstDeliveries(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> seen = new HashSet<>();
        return records.stream().filter(record -> seen.add(header(record, "ce_id"))).toList();
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
