package com.catalog.command.product.imports;

import org.springframework.http.ProblemDetail;

/**
 * How one line ended in its transaction: 201 with the created product, or what {@code POST /api/v1/products} would
 * have answered (a refusal, 4xx, or a server error, 5xx, which is tried again) with its problem.
 */
record LineOutcome(int lineNo, int status, String productId, ProblemDetail problem) {
}
