package com.catalog.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Runs the items of a bulk request one by one, each as its own command in its own short transaction (a long
 * import transaction could outlive the processors' gap timeout and have its events skipped), so one refused item
 * leaves the others untouched.
 */
@Component
public class BulkWrites {

    public static final int MAX_ITEMS = 1000;

    private final AggregateWrites writes;
    private final ItemProblems problems;

    BulkWrites(AggregateWrites writes, ItemProblems problems) {
        this.writes = writes;
        this.problems = problems;
    }

    /** @throws InvalidFieldsException when the body is not an array of 1 to {@value #MAX_ITEMS} items */
    public BulkResponse createEach(JsonNode body, Function<JsonNode, PreparedCommand> prepare) {
        if (body == null || !body.isArray() || body.isEmpty() || body.size() > MAX_ITEMS) {
            throw new InvalidFieldsException(List.of(new FieldError("", "must be a JSON array of 1 to " + MAX_ITEMS + " items")));
        }
        List<BulkItemResult> results = new ArrayList<>(body.size());
        for (int index = 0; index < body.size(); index++) {
            results.add(createOne(index, body.get(index), prepare));
        }
        int succeeded = (int) results.stream().filter(result -> result.problem() == null).count();
        return new BulkResponse(succeeded, results.size() - succeeded, results);
    }

    /** One item, as a bulk request runs it; also the import job's per-line step. */
    public BulkItemResult createOne(int index, JsonNode item, Function<JsonNode, PreparedCommand> prepare) {
        try {
            PreparedCommand prepared = prepare.apply(item);
            WriteResponse written = writes.sendAndWait(prepared.aggregateId(), prepared.command());
            return new BulkItemResult(index, HttpStatus.CREATED.value(), written.id(), written.version(), written.position(), null);
        } catch (RuntimeException refused) {
            ResponseEntity<ProblemDetail> problem = problems.of(refused);
            return new BulkItemResult(index, problem.getStatusCode().value(), null, null, null, problem.getBody());
        }
    }
}
