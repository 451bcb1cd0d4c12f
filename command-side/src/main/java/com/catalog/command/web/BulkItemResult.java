package com.catalog.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.ProblemDetail;

/**
 * The outcome of one item of a bulk request: what the single request would have answered.
 *
 * @param index    the item's position in the request, from 0
 * @param status   the HTTP status the single request would have had (201 when created)
 * @param id       the created aggregate's id, on success
 * @param version  its version (ETag), on success
 * @param position its event's global position, on success
 * @param problem  the RFC 9457 problem, on failure
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkItemResult(int index, int status, String id, Long version, Long position, ProblemDetail problem) {
}
