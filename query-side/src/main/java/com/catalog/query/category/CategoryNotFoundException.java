package com.catalog.query.category;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No category with this id is visible in the read model (yet, or any more). */
class CategoryNotFoundException extends ErrorResponseException {

    CategoryNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No category with id " + id);
        problem.setTitle("Category not found");
        problem.setProperty("code", "category-not-found");
        return problem;
    }
}
