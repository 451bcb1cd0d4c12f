package com.catalog.inventory;

import com.catalog.events.integration.ProductStateV1;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the compacted topic {@code catalog.product-state.v1} from its beginning to the end offsets it had when the
 * read began, and keeps each product's SKUs and status with the state's sequence. What came later, or what
 * compaction has not folded yet, is then recognised on the event topic as stale or applied in order: every write is
 * guarded by the sequence number, so reading a state and its own events in any order ends in the same row.
 */
@Service
class StateTopicBootstrap {

    private static final Logger log = LoggerFactory.getLogger(StateTopicBootstrap.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaProperties kafka;
    private final InventoryProperties.StateTopic stateTopic;
    private final StockItems stockItems;
    private final ObjectMapper json;

    StateTopicBootstrap(KafkaProperties kafka, InventoryProperties properties, StockItems stockItems, ObjectMapper json) {
        this.kafka = kafka;
        this.stateTopic = properties.stateTopic();
        this.stockItems = stockItems;
        this.json = json;
    }

    /** Reads the topic to its end unless this subscriber bootstrapped before; a topic that does not exist is empty. */
    void runOnce() {
        if (!stateTopic.bootstrap() || stockItems.bootstrappedFromStateTopic()) {
            return;
        }
        long started = System.nanoTime();
        Progress progress = new Progress();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.listTopics(stateTopic.timeout()).getOrDefault(stateTopic.name(), List.of())
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = started + stateTopic.timeout().toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + stateTopic.name() + " to its end within "
                            + stateTopic.timeout());
                }
                consumer.poll(POLL).forEach(record -> progress.add(toState(record)));
            }
        }
        stockItems.bootstrappedFromStateTopic(progress.records, progress.maxPosition);
        log.info("Bootstrapped from {}: {} states read up to position {}, {} applied, in {} ms", stateTopic.name(),
                progress.records, progress.maxPosition, progress.applied, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private ProductState toState(ConsumerRecord<String, byte[]> record) {
        long sequence = Long.parseLong(ProductTopicListener.header(record, "ce_sequence"));
        long position = Long.parseLong(ProductTopicListener.header(record, ProductTopicListener.POSITION));
        if (record.value() == null) {
            return new ProductState(record.key(), sequence, position, List.of(), ProductState.DISCONTINUED);
        }
        try {
            ProductStateV1 state = json.readValue(record.value(), ProductStateV1.class);
            List<String> skus = Stream.concat(Stream.of(state.sku()), state.variants().stream().map(v -> v.sku())).toList();
            return new ProductState(record.key(), sequence, position, skus, state.status());
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable state of product " + record.key() + " at offset " + record.offset(), e);
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = kafka.buildConsumerProperties(null);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private final class Progress {
        long records;
        long applied;
        long maxPosition;

        void add(ProductState state) {
            records++;
            applied += stockItems.state(state) ? 1 : 0;
            maxPosition = Math.max(maxPosition, state.position());
        }
    }
}
