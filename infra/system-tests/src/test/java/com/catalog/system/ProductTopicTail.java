package com.catalog.system;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Every record appended to a topic from the moment this tail was opened, in offset order per
 * partition. Assigned partitions, no consumer group: nothing is committed and nothing rebalances,
 * so it may go unpolled for a while (e.g. while an app restarts) without losing its place.
 * Single-threaded, like the consumer it wraps.
 */
final class ProductTopicTail implements AutoCloseable {

    /** One record, reduced to what delivery checks need. */
    record Delivered(String key, int partition, long offset, String ceId, String ceType, long ceSequence) {

        boolean isBefore(Map<TopicPartition, Long> endOffsets, String topic) {
            return offset < endOffsets.getOrDefault(new TopicPartition(topic, partition), 0L);
        }
    }

    private final String topic;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Delivered> delivered = new ArrayList<>();

    private ProductTopicTail(String topic, KafkaConsumer<String, byte[]> consumer) {
        this.topic = topic;
        this.consumer = consumer;
    }

    /** Starts at the current end of every partition: only records written from now on are seen. */
    static ProductTopicTail fromNow(String bootstrap, String topic) {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000), new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve "end" now, not at the first poll
        return new ProductTopicTail(topic, consumer);
    }

    String topic() {
        return topic;
    }

    /** Polls until {@code done} holds or the timeout passed; answers whether {@code done} holds. */
    boolean pollUntil(BooleanSupplier done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.getAsBoolean() && Instant.now().isBefore(deadline)) {
            pollOnce();
        }
        return done.getAsBoolean();
    }

    /** Reads up to the end offsets as they are now, so nothing already written is left unread. */
    void catchUpToEnd(Duration timeout) {
        Map<TopicPartition, Long> end = endOffsets();
        boolean caughtUp = pollUntil(() -> end.entrySet().stream()
                .allMatch(e -> consumer.position(e.getKey()) >= e.getValue()), timeout);
        if (!caughtUp) {
            throw new IllegalStateException("could not read " + topic + " up to " + end + " within " + timeout);
        }
    }

    /** Where each partition ends right now: records below these offsets are on the broker. */
    Map<TopicPartition, Long> endOffsets() {
        return consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(30));
    }

    List<Delivered> delivered() {
        return List.copyOf(delivered);
    }

    private void pollOnce() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            delivered.add(new Delivered(record.key(), record.partition(), record.offset(), header(record, "ce_id"),
                    header(record, "ce_type"), Long.parseLong(header(record, "ce_sequence"))));
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new IllegalStateException("record " + record.topic() + "/" + record.partition() + "@" + record.offset()
                    + " has no " + name + " header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
