package com.catalog.query.brand;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No brand with this id is visible in the read model (yet, or any more). */
class BrandNotFoundException extends ErrorResponseException {

    BrandNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No brand with id " + id);
        problem.setTitle("Brand not found");
        problem.setProperty("code", "brand-not-found");
        return problem;
    }
}
