package com.catalog.query.product.stats;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No product with this id in the statistics read model (yet). */
class ProductStatsNotFoundException extends ErrorResponseException {

    ProductStatsNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No product with id " + id);
        problem.setTitle("Product not found");
        problem.setProperty("code", "product-not-found");
        return problem;
    }
}
