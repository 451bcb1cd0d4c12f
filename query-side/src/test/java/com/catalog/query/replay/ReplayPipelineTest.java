package com.catalog.query.replay;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The replay's reader and workers over an event store (Axon's in-memory engine: the pipeline only streams it; the
 * replays into PostgreSQL and Elasticsearch are {@link ProjectionReplayIntegrationTest}'s): every event applied once,
 * each aggregate's in order, batches retried while their failure is transient, stopped by a permanent one, and a
 * finish at a position ends every worker at the same event.
 */
class ReplayPipelineTest {

    private static final int AGGREGATES = 40;
    private static final int EVENTS_EACH = 25;

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final Applied applied = new Applied();
    private final ReplayHandlerFailures failures =
            new ReplayHandlerFailures(failure -> failure instanceof UncheckedIOException);
    private ReplayPipeline pipeline;

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        store.shutDown();
    }

    @Test
    void every_event_is_applied_once_and_each_aggregates_events_in_their_order_across_the_workers() {
        appendInterleaved(0, EVENTS_EACH);
        pipeline = pipeline(3, 16);
        pipeline.start();
        await(pipeline::caughtUp);

        assertThat(applied.byAggregate).hasSize(AGGREGATES);
        applied.byAggregate.values().forEach(sequences -> assertThat(sequences)
                .containsExactlyElementsOf(IntStream.range(0, EVENTS_EACH).boxed().toList()));
        assertThat(pipeline.done()).isEqualTo(AGGREGATES * EVENTS_EACH - 1);
        assertThat(applied.workers).as("all three workers had a share").hasSize(3);
    }

    @Test
    void a_finish_ends_every_worker_at_the_same_event_and_the_last_token_covers_exactly_what_was_applied() {
        appendInterleaved(0, 10);
        pipeline = pipeline(2, 7);
        pipeline.start();
        await(pipeline::caughtUp);
        pipeline.finishAt(AGGREGATES * 15 - 1);
        appendInterleaved(10, 20);
        await(pipeline::finished);

        long last = ReplayProgress.position(pipeline.lastToken());
        assertThat(last).isGreaterThanOrEqualTo(AGGREGATES * 15 - 1).isLessThan(AGGREGATES * 20 - 1);
        assertThat(applied.positions).as("exactly the events up to the last token")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(0, (int) last).boxed().toList());
    }

    @Test
    void a_batch_that_fails_transiently_is_retried_until_it_passes_and_applied_once() {
        appendInterleaved(0, 5);
        applied.failTimes("aggregate-7", 2, 3, new UncheckedIOException(new java.io.IOException("engine away")));
        pipeline = pipeline(2, 10);
        pipeline.start();
        await(pipeline::caughtUp);

        assertThat(applied.byAggregate.get("aggregate-7")).containsExactly(0, 1, 2, 3, 4);
        assertThat(applied.positions).hasSize(AGGREGATES * 5).doesNotHaveDuplicates();
        assertThat(pipeline.failure()).isEmpty();
    }

    @Test
    void a_permanent_failure_stops_the_replay_with_its_reason() {
        appendInterleaved(0, 5);
        applied.failTimes("aggregate-3", 1, Integer.MAX_VALUE, new IllegalArgumentException("poison"));
        pipeline = pipeline(2, 10);
        pipeline.start();
        await(() -> pipeline.failure().isPresent());

        assertThat(pipeline.failure().orElseThrow()).contains("poison");
        assertThat(pipeline.isError()).isTrue();
        assertThat(applied.byAggregate.get("aggregate-3")).doesNotContain(1);
    }

    private ReplayPipeline pipeline(int workers, int batchSize) {
        return ReplayPipeline.create("test.replay", failures.withoutDeadLetters(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(applied).build()), failures,
                new ReplayPipeline.Settings(store, NoTransactionManager.INSTANCE, workers, batchSize,
                        Duration.ofMillis(5), failures::permanent, failure -> false));
    }

    /** Sequences {@code from} to {@code to} (exclusive) of every aggregate, round-robin, as a bulk import stores them. */
    private void appendInterleaved(int from, int to) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = from; sequence < to; sequence++) {
            for (int aggregate = 0; aggregate < AGGREGATES; aggregate++) {
                events.add(new GenericDomainEventMessage<>("Thing", "aggregate-" + aggregate, sequence,
                        "event " + sequence));
            }
        }
        store.publish(events);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 20 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** The projection: what committed batches applied, per aggregate in order, and their global positions. */
    static final class Applied {

        final Map<String, List<Integer>> byAggregate = new ConcurrentHashMap<>();
        final List<Integer> positions = new CopyOnWriteArrayList<>();
        final Set<String> workers = ConcurrentHashMap.newKeySet();
        private volatile String failing;
        private volatile long failingSequence;
        private volatile int failuresLeft;
        private volatile RuntimeException failure;

        void failTimes(String aggregate, long sequence, int times, RuntimeException failure) {
            this.failing = aggregate;
            this.failingSequence = sequence;
            this.failuresLeft = times;
            this.failure = failure;
        }

        @EventHandler
        void on(String payload, EventMessage<?> message) {
            DomainEventMessage<?> event = (DomainEventMessage<?>) message;
            if (event.getAggregateIdentifier().equals(failing) && event.getSequenceNumber() == failingSequence
                    && failuresLeft > 0) {
                failuresLeft--;
                throw failure;
            }
            int position = (int) ReplayProgress.position(((TrackedEventMessage<?>) message).trackingToken());
            batch().add(() -> {
                byAggregate.computeIfAbsent(event.getAggregateIdentifier(), id -> new CopyOnWriteArrayList<>())
                        .add((int) event.getSequenceNumber());
                positions.add(position);
                workers.add(Thread.currentThread().getName());
            });
        }

        /** What the current batch applies, recorded in handling order once the batch has committed. */
        private List<Runnable> batch() {
            var unitOfWork = CurrentUnitOfWork.get().root();
            return unitOfWork.getOrComputeResource("applied", key -> {
                List<Runnable> pending = new ArrayList<>();
                unitOfWork.afterCommit(u -> pending.forEach(Runnable::run));
                return pending;
            });
        }
    }
}
