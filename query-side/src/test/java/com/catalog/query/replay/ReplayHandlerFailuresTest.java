package com.catalog.query.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A replay runs the live processor's handlers, never into the live processor's dead-letter queue. */
class ReplayHandlerFailuresTest {

    private final SequencedDeadLetterQueue<EventMessage<?>> liveQueue = InMemorySequencedDeadLetterQueue.defaultQueue();
    private final Handlers handlers = new Handlers();
    private final EventHandlerInvoker live = new MultiEventHandlerInvoker(DeadLetteringEventHandlerInvoker.builder()
            .eventHandlers(handlers)
            .queue(liveQueue)
            .enqueuePolicy((letter, cause) -> Decisions.enqueue(cause))
            .transactionManager(org.axonframework.common.transaction.NoTransactionManager.INSTANCE)
            .build());
    private final ReplayHandlerFailures failures =
            new ReplayHandlerFailures(failure -> failure instanceof UncheckedIOException);

    @Test
    void the_live_queue_parks_a_poison_event_but_the_replay_fails_on_it_and_leaves_the_queue_alone() throws Exception {
        live.handle(event("poison"), Segment.ROOT_SEGMENT);
        assertThat(liveQueue.amountOfSequences()).as("the live processor dead-letters it").isEqualTo(1);

        EventHandlerInvoker replay = failures.withoutDeadLetters(live);
        assertThatThrownBy(() -> replay.handle(event("poison"), Segment.ROOT_SEGMENT))
                .isInstanceOf(IllegalStateException.class);
        replay.handle(event("fine"), Segment.ROOT_SEGMENT);

        assertThat(liveQueue.amountOfSequences()).as("no letter from the replay").isEqualTo(1);
        assertThat(failures.permanent()).hasValueSatisfying(reason -> assertThat(reason).contains("poison handler"));
        assertThat(handlers.handled).containsExactly("fine");
    }

    @Test
    void a_transient_failure_is_retried_by_the_processor_and_does_not_end_the_replay() {
        EventHandlerInvoker replay = failures.withoutDeadLetters(live);

        assertThatThrownBy(() -> replay.handle(event("away"), Segment.ROOT_SEGMENT))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(failures.permanent()).isEmpty();
    }

    private static EventMessage<?> event(String payload) {
        return new GenericDomainEventMessage<>("Probe", payload + "-id", 0, payload);
    }

    static final class Handlers {
        final List<String> handled = new ArrayList<>();

        @EventHandler
        void on(String payload) {
            switch (payload) {
                case "poison" -> throw new IllegalStateException("poison handler");
                case "away" -> throw new UncheckedIOException(new IOException("engine away"));
                default -> handled.add(payload);
            }
        }
    }
}
