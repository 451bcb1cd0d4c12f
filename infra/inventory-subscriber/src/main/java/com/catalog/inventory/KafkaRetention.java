package com.catalog.inventory;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers "does Kafka still hold every record this consumer group has not read yet?". Kafka records carry no global
 * position, so the question is asked in offsets: per partition, is the group's committed offset (or, for a new
 * group, offset 0) still at or after the earliest offset the broker retains?
 */
@Component
class KafkaRetention {

    private final KafkaAdmin admin;
    private final String groupId;
    private final String topic;

    KafkaRetention(KafkaAdmin admin, KafkaProperties kafka, InventoryProperties properties) {
        this.admin = admin;
        this.groupId = kafka.getConsumer().getGroupId();
        this.topic = properties.topic();
    }

    boolean groupFellBehind() {
        try (AdminClient client = AdminClient.create(admin.getConfigurationProperties())) {
            TopicDescription description = client.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic);
            Map<TopicPartition, OffsetSpec> earliest = description.partitions().stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.earliest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> retained = client.listOffsets(earliest).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed =
                    client.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
            return retained.entrySet().stream().anyMatch(e -> {
                OffsetAndMetadata offset = committed.get(e.getKey());
                return (offset == null ? 0 : offset.offset()) < e.getValue().offset();
            });
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false; // nothing published yet: Kafka will hold everything from the first record
            }
            throw new IllegalStateException("Cannot read the offsets of " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the offsets of " + topic, e);
        }
    }
}
