package com.catalog.query.integration;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.boot.autoconfigure.kafka.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Per-key order on the integration topics across a failed batch. A batch's records go out asynchronously and it
 * waits for their acknowledgements ({@link PendingSends}); when it fails instead, its records that Kafka has not
 * taken yet must never arrive later, or a subscriber sees a product's event 11 before its events 1–10 (which the
 * retried batch sends again after). With one producer shared by every worker that is what happened during an
 * outage: the failed batch's records stayed in the producer's buffer, the oldest of them expired after
 * {@code delivery.timeout.ms} while newer ones did not, and those newer ones were delivered when the broker came
 * back.
 * <p>
 * So each publisher worker thread has a producer of its own, which holds only the records of the one batch that
 * thread is handling; a failed batch closes it at once ({@code close(0)}: every record not yet acknowledged fails
 * and is never sent), and the retry starts on a new producer. Within one producer the idempotent producer keeps
 * each partition's records in order, so what reached Kafka of a failed batch is a prefix per partition, which the
 * retry repeats. For that, no record may expire in the buffer before the batch gives up on it: startup refuses a
 * {@code delivery.timeout.ms} below twice {@code catalog.integration.send-timeout}.
 */
@Configuration(proxyBeanMethods = false)
class IntegrationProducerConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer producerPerPublisherThread(IntegrationProperties properties) {
        return factory -> {
            Object configured = factory.getConfigurationProperties().get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG);
            Duration deliveryTimeout = Duration.ofMillis(configured == null ? 120_000
                    : Long.parseLong(configured.toString()));
            if (deliveryTimeout.compareTo(properties.sendTimeout().multipliedBy(2)) < 0) {
                throw new IllegalStateException("spring.kafka.producer.properties.delivery.timeout.ms ("
                        + deliveryTimeout.toMillis() + ") must be at least twice catalog.integration.send-timeout ("
                        + properties.sendTimeout().toMillis() + " ms): a record must not expire in the producer"
                        + " while its batch still waits for it, or a later record can overtake it");
            }
            factory.setProducerPerThread(true);
            // closing a failed batch's producer aborts its unacknowledged records instead of waiting to send them
            factory.setPhysicalCloseTimeout(0);
        };
    }
}
