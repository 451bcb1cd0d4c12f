package com.catalog.query.product.details;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The staged version is the owner's work in progress: 401 without a token, 403 for anyone but owner and admins. */
class StagedVersionDeniedException extends ErrorResponseException {

    StagedVersionDeniedException(boolean authenticated) {
        super(status(authenticated), problem(status(authenticated)), null);
    }

    private static HttpStatus status(boolean authenticated) {
        return authenticated ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
    }

    private static ProblemDetail problem(HttpStatus status) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                "Only the product's seller or an admin may read its staged version.");
        problem.setProperty("code", status == HttpStatus.FORBIDDEN ? "not-product-owner" : "unauthenticated");
        return problem;
    }
}
