package com.catalog.query.replay;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A replay that must not start: 409 with a code saying why. */
public class ReplayRefusedException extends ErrorResponseException {

    ReplayRefusedException(String code, String detail) {
        super(HttpStatus.CONFLICT, problem(code, detail), null);
    }

    private static ProblemDetail problem(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Replay refused");
        problem.setProperty("code", code);
        return problem;
    }

    static ReplayRefusedException neverReplayed(String processor) {
        return new ReplayRefusedException("replay-disallowed", processor + " has side effects (@DisallowReplay, e.g. "
                + "Kafka publishing) and is never replayed");
    }

    static ReplayRefusedException noTarget(String processor) {
        return new ReplayRefusedException("replay-unsupported", "No read-model store knows where " + processor
                + " keeps its read model (catalog.replay.postgres or an index store)");
    }

    static ReplayRefusedException alreadyRunning(String processor) {
        return new ReplayRefusedException("replay-running", "A replay of " + processor + " is already running");
    }

    static ReplayRefusedException notRunning(String processor) {
        return new ReplayRefusedException("replay-not-running", "No replay of " + processor
                + " is filling or catching up: there is nothing to cancel");
    }
}
