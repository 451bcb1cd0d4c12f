package com.catalog.command.product.imports;

import com.catalog.command.web.FieldError;
import com.catalog.command.web.Problems;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** The import API's refusals, as exceptions the problem-details advice answers as they are. */
@Component
class ImportProblems {

    private final Problems problems;

    ImportProblems(Problems problems) {
        this.problems = problems;
    }

    ErrorResponseException tooLarge(String detail) {
        return refusal(HttpStatus.PAYLOAD_TOO_LARGE, "import-too-large", detail);
    }

    /** An upload that has no line to import, or a line that is not UTF-8 text. */
    ErrorResponseException unreadable(String detail, List<FieldError> errors) {
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-import", detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_ENTITY, problem, null);
    }

    ErrorResponseException notFound(UUID id) {
        return refusal(HttpStatus.NOT_FOUND, "not-found", "No import job " + id + " exists.");
    }

    ErrorResponseException notOwner() {
        return refusal(HttpStatus.FORBIDDEN, "not-import-owner", "Only the job's uploader or an admin may see or cancel it.");
    }

    ErrorResponseException notSellerOrAdmin() {
        return refusal(HttpStatus.FORBIDDEN, "forbidden", "Only sellers and admins import products.");
    }

    ErrorResponseException ended(ImportStatus status) {
        return refusal(HttpStatus.CONFLICT, "import-ended", "The job has already ended (" + status + ").");
    }

    ErrorResponseException invalidCursor() {
        return refusal(HttpStatus.BAD_REQUEST, "invalid-request", "cursor must be a nextCursor this endpoint answered.");
    }

    private ErrorResponseException refusal(HttpStatus status, String code, String detail) {
        return new ErrorResponseException(status, problems.of(status, code, detail), null);
    }
}
