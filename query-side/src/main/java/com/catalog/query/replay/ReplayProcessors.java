package com.catalog.query.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * Builds the processor that replays into a fresh target: the live processor's own event handlers and sequencing
 * policy, but not its dead-letter queue ({@link ReplayHandlerFailures}), a processor name of its own in the token store, starting at
 * the tail, with the live processor's number of segments so the tokens can be handed over segment by segment.
 * <p>
 * Its initial tokens are plain tail tokens, not Axon's default for a pooled processor ({@code ReplayToken} around the
 * head token): the target is fresh, so nothing needs replay semantics ({@code @DisallowReplay} processors are refused
 * before a replay starts, and no projection handler asks for {@code ReplayStatus}), and a {@code ReplayToken} costs a
 * {@code TreeSet} per event ({@code GapAwareTrackingToken.lowerBound}) until the head. The tokens handed to the live
 * processor are plain tokens either way.
 */
@Component
class ReplayProcessors {

    static final String SUFFIX = ".replay";

    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final ReplayProperties properties;

    ReplayProcessors(EventStore eventStore, TokenStore tokenStore, TransactionManager transactions,
                     ReplayProperties properties) {
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.properties = properties;
    }

    static String nameOf(String processor) {
        return processor + SUFFIX;
    }

    /** A stopped processor; {@link Replaying#close()} shuts it down and frees its threads. */
    Replaying build(AbstractEventProcessor live, int segments, FreshReadModel target, ReplayHandlerFailures failures) {
        String name = nameOf(live.getName());
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor(threads(name + "-coordinator"));
        ScheduledExecutorService workers = new LingeringWorkers(segments, threads(name + "-worker"),
                properties.workerLinger());
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(failures.withoutDeadLetters(live.eventHandlerInvoker()))
                .errorHandler(failures)
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .initialToken(StreamableMessageSource::createTailToken)
                .transactionManager(transactions)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(segments)
                .maxClaimedSegments(segments)
                .batchSize(properties.batchSize())
                .build();
        processor.registerHandlerInterceptor((unitOfWork, chain) -> {
            var batch = unitOfWork.root();
            if (batch.resources().putIfAbsent(ReplayBatch.TARGET, target.name()) == null) {
                target.enter(batch);
            }
            return chain.proceed();
        });
        return new Replaying(processor, coordinator, workers);
    }

    private static ThreadFactory threads(String prefix) {
        return runnable -> {
            Thread thread = new Thread(runnable, prefix);
            thread.setDaemon(true);
            return thread;
        };
    }

    record Replaying(PooledStreamingEventProcessor processor, ScheduledExecutorService coordinator,
                     ScheduledExecutorService workers) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            processor.shutdownAsync().get();
            coordinator.shutdownNow();
            workers.shutdownNow();
        }
    }
}
