package com.catalog.inventory;

import com.catalog.engines.TestEngines;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** When must a subscriber catch up from the event store? Asked of a real broker whose history was truncated. */
class KafkaRetentionIntegrationTest {

    private final String topic = "catalog.product.v1.retention-" + UUID.randomUUID();
    private final String group = "inventory-retention-" + UUID.randomUUID();
    private final TopicPartition partition = new TopicPartition(topic, 0);

    @Test
    void aTopicThatDoesNotExistYetNeedsNoCatchUp() {
        assertThat(retention().groupFellBehind()).isFalse();
    }

    @Test
    void aNewGroupOnAFullHistoryReadsKafkaFromTheStart() throws Exception {
        SubscriberEngines.createTopic(topic, 1);
        produce(3);

        assertThat(retention().groupFellBehind()).isFalse();
    }

    @Test
    void aNewGroupMustCatchUpOnceTheBrokerDroppedTheStartOfTheHistory() throws Exception {
        SubscriberEngines.createTopic(topic, 1);
        produce(3);
        try (AdminClient admin = SubscriberEngines.admin()) {
            admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(2))).all().get();
        }

        assertThat(retention().groupFellBehind()).isTrue();
    }

    @Test
    void aGroupWhoseCommittedOffsetIsStillRetainedJustContinues() throws Exception {
        SubscriberEngines.createTopic(topic, 1);
        produce(3);
        try (AdminClient admin = SubscriberEngines.admin()) {
            admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(2))).all().get();
            admin.alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(2))).all().get();
        }

        assertThat(retention().groupFellBehind()).isFalse();
    }

    private void produce(int count) throws Exception {
        try (KafkaProducer<String, byte[]> producer = SubscriberEngines.producer()) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, 0, "p" + i, new byte[0])).get();
            }
        }
    }

    private KafkaRetention retention() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.getConsumer().setGroupId(group);
        KafkaAdmin admin = new KafkaAdmin(Map.of("bootstrap.servers", TestEngines.kafkaBootstrapServers()));
        return new KafkaRetention(admin, kafka, new InventoryProperties(topic, null, null));
    }
}
