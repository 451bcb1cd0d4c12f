package com.catalog.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;
import java.net.URI;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** How failures that only a distributed bus or a racing writer produce become problems. */
class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice =
            new ProblemDetailsAdvice(new Problems(new ProblemProperties(URI.create("https://catalog.dev/problems/"))));

    @Test
    void a_rule_violation_wrapped_by_axon_keeps_its_code_and_status() {
        var wrapped = new CommandExecutionException("failed", new TestViolation(ViolationKind.CONFLICT));

        assertProblem(advice.commandFailed(wrapped), 409, "test-rule");
    }

    @Test
    void an_unprocessable_rule_violation_is_422() {
        assertProblem(advice.ruleViolated(new TestViolation(ViolationKind.UNPROCESSABLE)), 422, "test-rule");
    }

    @Test
    void a_collision_on_aggregate_id_and_sequence_is_409() {
        assertProblem(advice.concurrentWrite(new ConcurrencyException("seq 3 taken")), 409, "concurrent-modification");
        assertProblem(advice.commandFailed(new CommandExecutionException("failed",
                new AggregateStreamCreationException("id taken"))), 409, "concurrent-modification");
    }

    @Test
    void a_stale_expected_version_wrapped_by_axon_is_412_with_the_current_version() {
        var wrapped = new CommandExecutionException("failed", new ConflictingAggregateVersionException("p-1", 2, 5));

        ResponseEntity<ProblemDetail> response = advice.commandFailed(wrapped);

        assertProblem(response, 412, "version-mismatch");
        assertThat(response.getBody().getProperties()).containsEntry("currentVersion", 5L);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"5\"");
    }

    @Test
    void a_forbidden_rule_violation_is_403() {
        assertProblem(advice.ruleViolated(new TestViolation(ViolationKind.FORBIDDEN)), 403, "test-rule");
    }

    @Test
    void an_unknown_wrapped_failure_is_500_without_its_message() {
        var wrapped = new CommandExecutionException("failed", new IllegalStateException("pool exhausted at db-7"));

        ResponseEntity<ProblemDetail> response = advice.commandFailed(wrapped);

        assertProblem(response, 500, "internal-error");
        assertThat(response.getBody().getDetail()).doesNotContain("pool", "db-7");
    }

    private static void assertProblem(ResponseEntity<ProblemDetail> response, int status, String code) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getBody().getProperties()).containsEntry(Problems.CODE, code);
        assertThat(response.getBody().getType()).isEqualTo(URI.create("https://catalog.dev/problems/" + code));
    }

    private static final class TestViolation extends DomainRuleViolation {
        TestViolation(ViolationKind kind) {
            super("test-rule", kind, "a test rule");
        }
    }
}
