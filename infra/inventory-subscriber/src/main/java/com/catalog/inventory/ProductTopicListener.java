package com.catalog.inventory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Consumes {@code catalog.product.v1}. The offset is acknowledged only after the event's PostgreSQL transaction
 * committed, so a crash in between redelivers the record, which the applier then recognises as a duplicate.
 * A database failure propagates and the container retries the same record (see {@link KafkaConsumerConfiguration}).
 */
@Component
class ProductTopicListener {

    static final String LISTENER_ID = "inventory";
    /** The global event-store position of the record's event; absent on records published before it existed. */
    static final String POSITION = "catalog_position";
    private static final Logger log = LoggerFactory.getLogger(ProductTopicListener.class);

    private final CatalogEventApplier applier;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    ProductTopicListener(CatalogEventApplier applier, ObjectMapper json, MeterRegistry meters) {
        this.applier = applier;
        this.json = json;
        this.meters = meters;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = "${inventory.topic}", autoStartup = "false")
    void onRecord(ConsumerRecord<String, byte[]> record, Acknowledgment ack) {
        try {
            applier.apply(toEvent(record));
        } catch (MalformedCatalogEventException | IllegalArgumentException e) {
            // a record that breaks the contract would block its partition forever if retried: count it and move on
            meters.counter("inventory.events.rejected").increment();
            log.error("Rejected record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
        }
        ack.acknowledge();
    }

    private CatalogEvent toEvent(ConsumerRecord<String, byte[]> record) {
        String sequence = header(record, "ce_sequence");
        try {
            Header position = record.headers().lastHeader(POSITION);
            return new CatalogEvent(header(record, "ce_id"), header(record, "ce_type"), record.key(),
                    Long.parseLong(sequence), position == null ? null : Long.valueOf(new String(position.value(),
                    StandardCharsets.UTF_8)), json.readTree(record.value()));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalArgumentException("not a catalog CloudEvent: " + e.getMessage(), e);
        }
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            throw new IllegalArgumentException("header " + name + " missing");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
