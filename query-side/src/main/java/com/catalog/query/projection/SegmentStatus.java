package com.catalog.query.projection;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "One segment of a projection's processor that this instance holds")
record SegmentStatus(
        @Schema(description = "Segment id", example = "0") int segment,
        @Schema(description = "Share of the events: 1/(mask+1) of the aggregate-id hash space", example = "1") int mask,
        @Schema(description = "Global event-store position this segment has processed", example = "1842") long position,
        @Schema(description = "Rebuilding from the start after a reset") boolean replaying,
        @Schema(description = "Has reached the head of the event store at least once since it was claimed") boolean caughtUp,
        @Schema(description = "Failed and waiting to be retried") boolean error) {
}
