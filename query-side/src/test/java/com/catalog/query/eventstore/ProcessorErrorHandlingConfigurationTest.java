package com.catalog.query.eventstore;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A projection whose engine fails must see the same event again, never lose it (Axon's default skips it). */
class ProcessorErrorHandlingConfigurationTest {

    @Test
    void a_failing_event_is_retried_until_it_succeeds_and_nothing_is_skipped() throws Exception {
        FlakyProjection projection = new FlakyProjection(2);
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false) // no Axon Server modules from the classpath
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        configurer.eventProcessing()
                .registerPooledStreamingEventProcessor("flaky")
                .registerEventHandler(c -> projection);
        new ProcessorErrorHandlingConfiguration().propagateProjectionErrors().configureModule(configurer);
        Configuration axon = configurer.start();
        try {
            axon.eventBus().publish(GenericEventMessage.asEventMessage("first"), GenericEventMessage.asEventMessage("second"));

            awaitHandled(projection, 2, Duration.ofSeconds(20));
            assertThat(projection.attempts.get()).isGreaterThanOrEqualTo(4);
            // two unrelated events may sit in different segments, so their relative order is not defined
            assertThat(projection.handled).containsExactlyInAnyOrder("first", "second");
        } finally {
            axon.shutdown();
        }
    }

    private static void awaitHandled(FlakyProjection projection, int count, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (projection.handled.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @ProcessingGroup("flaky")
    static class FlakyProjection {

        final AtomicInteger attempts = new AtomicInteger();
        final List<String> handled = new CopyOnWriteArrayList<>();
        private final int failures;

        FlakyProjection(int failures) {
            this.failures = failures;
        }

        @EventHandler
        void on(String event) {
            if (attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("engine unavailable");
            }
            handled.add(event);
        }
    }
}
