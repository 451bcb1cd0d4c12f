package com.catalog.query.product.details;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.UUID;

/** No product with this id is visible in the read model (yet). */
class ProductNotFoundException extends ErrorResponseException {

    ProductNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No product with id " + id);
        problem.setTitle("Product not found");
        problem.setProperty("code", "product-not-found");
        return problem;
    }
}
