package com.catalog.query.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * What a projection's failure becomes. Transient (an engine away): thrown on, so the batch fails, the token stays and
 * the processor retries with back-off, exactly as without a queue. A database refusal: the batch is retried once so
 * the letter can be written (see {@link AbortedTransactions}). Anything else: a dead letter, with the number of
 * attempts in its diagnostics.
 */
final class ProjectionDeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";

    private final String processingGroup;
    private final AbortedTransactions aborted;

    ProjectionDeadLetterPolicy(String processingGroup, AbortedTransactions aborted) {
        this.processingGroup = processingGroup;
        this.aborted = aborted;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        String eventId = letter.message().getIdentifier();
        if (TransientFailures.isTransient(cause)) {
            throw new TransientProjectionFailure(eventId, "failed transiently", cause);
        }
        if (AbortedTransactions.abortsTransaction(cause)) {
            aborted.remember(processingGroup, eventId, cause);
            throw new TransientProjectionFailure(eventId, "was refused by the database, which aborts the batch; "
                    + "it becomes a dead letter on the retry", cause);
        }
        return Decisions.<EventMessage<?>>enqueue(ThrowableCause.truncated(cause), ProjectionDeadLetterPolicy::counted);
    }

    static MetaData counted(DeadLetter<?> letter) {
        Object attempts = letter.diagnostics().get(ATTEMPTS);
        long before = attempts instanceof Number n ? n.longValue() : 0;
        return letter.diagnostics().and(ATTEMPTS, before + 1);
    }
}
