package com.catalog.command.product.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A line that created nothing.
 *
 * @param line    its number in the uploaded file, from 1
 * @param status  what {@code POST /api/v1/products} would have answered with this line as its body
 * @param problem that answer's RFC 9457 problem (with {@code errors[]} per field where it has them)
 */
public record ImportFailure(int line, int status, @Schema(implementation = Object.class) JsonNode problem) {
}
