package com.catalog.query.integration;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;

/**
 * Sends public events for every publisher processor alike: the record goes out at once, and the batch's
 * {@link PendingSends} holds the processor's token until Kafka acknowledged it. Each failed send counts in
 * {@code catalog_integration_publish_errors_total{topic}}; the batch then fails and is retried. Each publisher
 * thread sends through a producer of its own, closed when its batch fails ({@link IntegrationProducerConfiguration}).
 */
@Component
class IntegrationEventSender {

    private final KafkaTemplate<String, byte[]> kafka;
    private final IntegrationRecords records;
    private final IntegrationProperties properties;
    private final MeterRegistry meters;

    IntegrationEventSender(KafkaTemplate<String, byte[]> kafka, IntegrationRecords records,
                           IntegrationProperties properties, MeterRegistry meters) {
        this.kafka = kafka;
        this.records = records;
        this.properties = properties;
        this.meters = meters;
    }

    void send(IntegrationEventEnvelope event) {
        // before the first send, so that a batch failing on it closes this thread's producer too
        PendingSends pending = PendingSends.ofCurrentBatch(properties.sendTimeout(), kafka.getProducerFactory());
        CompletableFuture<?> send;
        try {
            send = kafka.send(records.record(event));
        } catch (RuntimeException unsent) {
            // e.g. no broker metadata within max.block.ms: the handler fails, and with it the batch
            IntegrationPublishMetrics.errors(meters, event.topic()).increment();
            throw unsent;
        }
        pending.add(send.whenComplete((result, failure) -> {
            if (failure != null) {
                IntegrationPublishMetrics.errors(meters, event.topic()).increment();
            }
        }));
    }
}
