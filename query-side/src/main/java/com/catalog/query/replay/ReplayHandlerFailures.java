package com.catalog.query.replay;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;

/**
 * The error handling of a replay processor's handlers. A replay has no dead-letter queue: the live processor's queue
 * belongs to the old target (its letters are events the old target lacks), and a fresh target missing an event would
 * fail its verification anyway. So a handler's failure fails the batch (its token does not move, the processor retries
 * it) and is recorded here; the replay gives up on the first failure that is not transient, with the event and the
 * cause as its reason, and the old target keeps serving. It is also the replay processor's error handler, for a batch
 * that fails as it commits.
 */
final class ReplayHandlerFailures implements ListenerInvocationErrorHandler, ErrorHandler {

    private final AtomicReference<String> failure = new AtomicReference<>();
    private final java.util.function.Predicate<Throwable> transientFailure;

    ReplayHandlerFailures(java.util.function.Predicate<Throwable> transientFailure) {
        this.transientFailure = transientFailure;
    }

    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler handler) throws Exception {
        if (!transientFailure.test(exception)) {
            failure.compareAndSet(null, "event " + event.getIdentifier() + " (" + event.getPayloadType().getSimpleName()
                    + ") failed in " + handler.getTargetType().getSimpleName() + ": " + exception);
        }
        throw exception;
    }

    /**
     * A batch that failed outside a handler: the projections' write-behind (one JDBC batch, one bulk request) runs
     * when the batch commits.
     */
    @Override
    public void handleError(ErrorContext context) throws Exception {
        Throwable error = context.error();
        if (!transientFailure.test(error)) {
            failure.compareAndSet(null, "a batch of " + context.failedEvents().size() + " events failed to commit: "
                    + error);
        }
        if (error instanceof Exception exception) {
            throw exception;
        }
        throw (Error) error;
    }

    /** The first failure no retry can mend, if there was one. */
    Optional<String> permanent() {
        return Optional.ofNullable(failure.get());
    }

    /**
     * The live processor's handlers (same objects, same sequencing policy) without its dead-letter queue: every
     * dead-lettering invoker becomes a plain one that reports to this.
     */
    EventHandlerInvoker withoutDeadLetters(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            return new MultiEventHandlerInvoker(multi.delegates().stream().map(this::withoutDeadLetters).toList());
        }
        if (invoker instanceof SimpleEventHandlerInvoker simple) {
            return SimpleEventHandlerInvoker.builder()
                    .eventHandlers(simple.eventHandlers())
                    .sequencingPolicy(simple.getSequencingPolicy())
                    .listenerInvocationErrorHandler(this)
                    .build();
        }
        return invoker;
    }
}
