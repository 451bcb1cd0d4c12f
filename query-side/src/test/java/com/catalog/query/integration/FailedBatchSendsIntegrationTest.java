package com.catalog.query.integration;

import com.catalog.engines.KafkaEngine;
import com.catalog.engines.TestEngines;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.query.product.ProductEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.catalog.query.integration.IntegrationTopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a failed publishing batch leaves behind, against a real broker that goes away: nothing. The records of a
 * batch that gave up waiting for Kafka are aborted with its producer, so they cannot arrive after the broker is
 * back, ahead of (or between) the retry's copies. Before, they stayed in a producer shared by every worker, and
 * when the oldest of them expired there while newer ones did not, a subscriber saw a product's event 11 before its
 * events 1 to 10.
 */
class FailedBatchSendsIntegrationTest {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(2);
    /** The retry's: a broker just restarted may take longer than the failing batch's 2 s to acknowledge. */
    private static final Duration RETRY_SEND_TIMEOUT = Duration.ofSeconds(30);

    private static KafkaEngine kafka = TestEngines.newKafka();

    private final IntegrationProperties properties = properties(SEND_TIMEOUT);
    private final ProductIntegrationEvents events = new ProductIntegrationEvents(properties,
            new InMemoryAggregateHistory());
    private final DefaultKafkaProducerFactory<String, byte[]> producers = producers(Map.of());
    private final IntegrationEventSender sender = sender(properties);
    private final IntegrationEventSender patientSender = sender(properties(RETRY_SEND_TIMEOUT));
    private final String productId = UUID.randomUUID().toString();

    @AfterEach
    void closeProducers() {
        producers.destroy();
    }

    @AfterAll
    static void stopBroker() {
        kafka.stop();
    }

    @Test
    void a_batch_that_failed_while_kafka_was_down_delivers_none_of_its_records_afterwards() throws Exception {
        batch(0, 1).commit();

        kafka.stop();
        UnitOfWork<?> failing = batch(1, 6);
        assertThatThrownBy(failing::commit).isInstanceOf(IntegrationPublishingException.class);
        kafka = kafka.restart();

        // the retry, as the processor does it: the same events again, from the batch's first one
        batch(patientSender, 1, 6).commit();
        assertThat(sequencesOnTopic()).as("each event once, in order: none of the failed batch's copies arrived")
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void startup_refuses_a_delivery_timeout_that_lets_a_record_expire_while_its_batch_still_waits() {
        DefaultKafkaProducerFactory<String, byte[]> tooShort = producers(Map.of(
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) SEND_TIMEOUT.multipliedBy(2).toMillis() - 1,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000));

        assertThatThrownBy(() -> new IntegrationProducerConfiguration().producerPerPublisherThread(properties)
                .customize(tooShort))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("delivery.timeout.ms (3999) must be at least twice catalog.integration.send-timeout");
    }

    /** A producer factory as Boot builds it from application.yml, with this app's customizer applied. */
    private DefaultKafkaProducerFactory<String, byte[]> producers(Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        config.putAll(overrides);
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config);
        if (overrides.isEmpty()) {
            new IntegrationProducerConfiguration().producerPerPublisherThread(properties).customize(factory);
        }
        return factory;
    }

    private static IntegrationProperties properties(Duration sendTimeout) {
        return new IntegrationProperties(1, (short) 1, URI.create("urn:catalog:command-side"), sendTimeout,
                Duration.ofSeconds(5), new IntegrationProperties.StateTopic(Duration.ofDays(7), Duration.ZERO,
                Duration.ofDays(1)), 100);
    }

    /** A sender through this test's producers (one per thread, as in the app). */
    private IntegrationEventSender sender(IntegrationProperties settings) {
        return new IntegrationEventSender(new KafkaTemplate<>(producers), new IntegrationRecords(new ObjectMapper()),
                settings, new SimpleMeterRegistry());
    }

    private UnitOfWork<?> batch(int from, int to) {
        return batch(sender, from, to);
    }

    /** A started batch that has sent this product's events {@code from} to {@code to} (exclusive). */
    private UnitOfWork<?> batch(IntegrationEventSender sender, int from, int to) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        for (int sequence = from; sequence < to; sequence++) {
            EventCoordinates at = new EventCoordinates(productId + "-" + sequence, sequence,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(sequence), 100 + sequence);
            sender.send(sequence == 0
                    ? events.created(ProductEvents.created(productId, "seller-1", "Lamp", null, "LAMP-1", 1000, "EUR"), at)
                    : events.priceChanged(new ProductPriceChangedEvent(productId, 999 + sequence, "EUR",
                    1000 + sequence, "EUR", false), at));
        }
        return batch;
    }

    /** ce_sequence of every record of this product on the topic, in offset order, up to the current end. */
    private List<Long> sequencesOnTopic() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<Long> sequences = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(ProductCreatedIntegrationEvent.TOPIC,
                    Duration.ofSeconds(30)).stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (productId.equals(record.key())) {
                        sequences.add(Long.parseLong(header(record, "ce_sequence")));
                    }
                }
            }
        }
        return sequences;
    }
}
