package com.catalog.query.product.details;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.UUID;

/** No product with this id is visible in the read model (yet). */
class ProductNotFoundException extends ErrorResponseException {

    ProductNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem("No product with id " + id), null);
    }

    /** No published product has this slug (drafts are not found by slug: slugs are the buyers' addresses). */
    ProductNotFoundException(String slug) {
        super(HttpStatus.NOT_FOUND, problem("No published product with slug " + slug), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Product not found");
        problem.setProperty("code", "product-not-found");
        return problem;
    }
}
