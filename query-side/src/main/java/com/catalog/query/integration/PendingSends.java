package com.catalog.query.integration;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.ProducerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Kafka sends of one Axon batch. They go out asynchronously as events are handled; when the batch prepares
 * to commit it waits for every acknowledgement, so the token only advances once Kafka has them all
 * (at-least-once). A failed or late acknowledgement fails the batch, which is then retried.
 * <p>
 * A batch that fails for any reason closes its thread's producer, which aborts every record Kafka has not
 * acknowledged yet: none of them can reach the topic after the failure, ahead of the retry's copies of the records
 * before it ({@link IntegrationProducerConfiguration}).
 */
final class PendingSends {

    private static final String RESOURCE = PendingSends.class.getName();

    private final List<CompletableFuture<?>> sends = new ArrayList<>();

    private PendingSends() {
    }

    static PendingSends ofCurrentBatch(Duration timeout, ProducerFactory<?, ?> producers) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE, key -> {
            PendingSends pending = new PendingSends();
            batch.onPrepareCommit(u -> pending.awaitAcknowledgements(timeout));
            batch.onRollback(u -> producers.closeThreadBoundProducer());
            return pending;
        });
    }

    void add(CompletableFuture<?> send) {
        sends.add(send);
    }

    private void awaitAcknowledgements(Duration timeout) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IntegrationPublishingException("Kafka rejected an integration event", e.getCause());
        } catch (TimeoutException e) {
            throw new IntegrationPublishingException("Kafka did not acknowledge within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntegrationPublishingException("Interrupted while waiting for Kafka", e);
        }
    }
}
