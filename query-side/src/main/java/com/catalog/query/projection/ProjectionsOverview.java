package com.catalog.query.projection;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "Every projection of this query-side instance, sorted by name")
record ProjectionsOverview(
        @Schema(description = "Highest global position in the event store", example = "1842") long head,
        List<ProjectionStatus> projections) {
}
