package com.catalog.query.replay;

import com.catalog.query.deadletter.TransientFailures;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Builds the processor that replays into a fresh target ({@link ReplayPipeline}): the live processor's own event
 * handlers and sequencing policy, but not its dead-letter queue ({@link ReplayHandlerFailures}), reading the event
 * store from its first event with {@code catalog.replay.workers} workers. It keeps no tokens: the fresh target is
 * rebuilt from the start after a crash, and {@code @DisallowReplay} processors are refused before a replay starts.
 */
@Component
class ReplayProcessors {

    /** The token-store name the Axon processors of earlier replays used; their tokens are cleaned up. */
    static final String SUFFIX = ".replay";

    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final ReplayProperties properties;

    ReplayProcessors(EventStore eventStore, TransactionManager transactions, ReplayProperties properties) {
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.properties = properties;
    }

    static String nameOf(String processor) {
        return processor + SUFFIX;
    }

    /** A replay not started yet; closing it stops its threads. */
    ReplayPipeline build(AbstractEventProcessor live, FreshReadModel target, ReplayHandlerFailures failures) {
        ReplayPipeline pipeline = ReplayPipeline.create(nameOf(live.getName()),
                failures.withoutDeadLetters(live.eventHandlerInvoker()), failures,
                new ReplayPipeline.Settings(eventStore, transactions, properties.workers(), properties.batchSize(),
                        properties.batchFillWait(), failures::permanent, TransientFailures::isTransient));
        pipeline.registerHandlerInterceptor((unitOfWork, chain) -> {
            var batch = unitOfWork.root();
            if (batch.resources().putIfAbsent(ReplayBatch.TARGET, target.name()) == null) {
                target.enter(batch);
            }
            return chain.proceed();
        });
        return pipeline;
    }
}
