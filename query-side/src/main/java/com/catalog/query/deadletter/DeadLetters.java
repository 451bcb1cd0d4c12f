package com.catalog.query.deadletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/** Reading and retrying the projections' dead letters, for the admin API and the metric. */
@Component
class DeadLetters {

    private final EventProcessingConfiguration processing;
    private final DeadLetterProperties properties;
    private final Set<String> groups;

    DeadLetters(EventProcessingConfiguration processing, DeadLetterProperties properties, ListableBeanFactory beans) {
        this.processing = processing;
        this.properties = properties;
        this.groups = ProjectionGroups.of(beans);
    }

    Set<String> groups() {
        return groups;
    }

    long count(String group) {
        return queue(group).size();
    }

    List<DeadLetterGroup> list() {
        return groups.stream().map(this::group).toList();
    }

    /**
     * Tries every queued sequence of the group once, oldest first; a sequence that succeeds leaves the queue, one
     * that fails again stays with one more attempt. For after the cause was fixed (a deployment, a data repair).
     */
    DeadLetterGroup.RetryOutcome retry(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new UnknownProcessingGroupException(group));
        long before = queue.size();
        try {
            for (long sequences = queue.amountOfSequences(); sequences > 0; sequences--) {
                processor.processAny();
            }
        } catch (TransientProjectionFailure engineAway) {
            throw new RetryLaterException(group);
        }
        return new DeadLetterGroup.RetryOutcome(group, before, queue.size());
    }

    private DeadLetterGroup group(String group) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        List<DeadLetterGroup.Letter> letters = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letters.size() >= properties.listLimit()) {
                    return new DeadLetterGroup(group, queue.size(), letters);
                }
                letters.add(letter(letter));
            }
        }
        return new DeadLetterGroup(group, queue.size(), letters);
    }

    private static DeadLetterGroup.Letter letter(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Object attempts = letter.diagnostics().get(ProjectionDeadLetterPolicy.ATTEMPTS);
        return new DeadLetterGroup.Letter(event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getType(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null),
                attempts instanceof Number n ? n.longValue() : 1, letter.enqueuedAt(), letter.lastTouched());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (!groups.contains(group)) {
            throw new UnknownProcessingGroupException(group);
        }
        return processing.deadLetterQueue(group).orElseThrow(() -> new UnknownProcessingGroupException(group));
    }
}
