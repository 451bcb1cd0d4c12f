package com.catalog.query.deadletter;

import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Second half of {@link AbortedTransactions}: an event whose handler made the database abort the last attempt of
 * its batch goes straight to the dead-letter queue on the retry, in place of running the handler again.
 */
final class PoisonedEventInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String processingGroup;
    private final AbortedTransactions aborted;
    private final SequencedDeadLetterQueue<EventMessage<?>> queue;
    private final SequencingPolicy<? super EventMessage<?>> sequencing;

    PoisonedEventInterceptor(String processingGroup, AbortedTransactions aborted,
                             SequencedDeadLetterQueue<EventMessage<?>> queue,
                             SequencingPolicy<? super EventMessage<?>> sequencing) {
        this.processingGroup = processingGroup;
        this.aborted = aborted;
        this.queue = queue;
        this.sequencing = sequencing;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        Optional<Throwable> cause = aborted.take(processingGroup, event.getIdentifier());
        if (cause.isEmpty()) {
            return chain.proceed();
        }
        Object sequence = Optional.ofNullable(sequencing.getSequenceIdentifierFor(event)).orElse(event.getIdentifier());
        queue.enqueue(sequence, new GenericDeadLetter<EventMessage<?>>(sequence, event, ThrowableCause.truncated(cause.get()))
                .withDiagnostics(MetaData.with(ProjectionDeadLetterPolicy.ATTEMPTS, 1L)));
        return null;
    }
}
