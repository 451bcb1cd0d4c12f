package com.catalog.query.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Which failure becomes a letter: only those a retry cannot cure, and never one from an engine that is away. */
class ProjectionDeadLetterPolicyTest {

    private final AbortedTransactions aborted = new AbortedTransactions();
    private final ProjectionDeadLetterPolicy policy = new ProjectionDeadLetterPolicy("product-details", aborted);
    private final EventMessage<?> event = GenericEventMessage.asEventMessage("payload");

    @Test
    void a_failure_in_the_projection_itself_is_a_letter_with_its_first_attempt_counted() {
        EnqueueDecision<EventMessage<?>> decision = decide(new IllegalArgumentException("Invalid UUID string: x"));

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).hasValueSatisfying(cause -> assertThat(cause).hasMessageContaining("Invalid UUID"));
        assertThat(decision.withDiagnostics(new GenericDeadLetter<>("seq", event)).diagnostics().get("attempts"))
                .isEqualTo(1L);
    }

    @Test
    void an_engine_that_is_away_is_retried_not_parked() {
        assertThatThrownBy(() -> decide(new CannotGetJdbcConnectionException("no connection")))
                .isInstanceOf(TransientProjectionFailure.class);
        assertThatThrownBy(() -> decide(new IllegalStateException("bulk failed", new ConnectException("refused"))))
                .isInstanceOf(TransientProjectionFailure.class);
        assertThatThrownBy(() -> decide(new SQLException("deadlock detected", "40P01")))
                .isInstanceOf(TransientProjectionFailure.class);
    }

    @Test
    void a_statement_the_database_refuses_is_retried_once_and_then_parked_without_running_the_handler() {
        DataIntegrityViolationException refused = new DataIntegrityViolationException("value too long",
                new SQLException("value too long for type character varying(255)", "22001"));

        assertThatThrownBy(() -> decide(refused)).isInstanceOf(TransientProjectionFailure.class);
        assertThat(aborted.take("product-details", event.getIdentifier())).containsSame(refused);
        assertThat(aborted.take("product-details", event.getIdentifier())).isEmpty();
    }

    private EnqueueDecision<EventMessage<?>> decide(Throwable failure) {
        return policy.decide(new GenericDeadLetter<>("seq", event, failure), failure);
    }
}
