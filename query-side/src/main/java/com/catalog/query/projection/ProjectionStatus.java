package com.catalog.query.projection;

import com.catalog.query.replay.ReplayStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Schema(description = "A projection (one streaming event processor) with its position, lag and phase")
record ProjectionStatus(
        @Schema(description = "Processor name, as in axon.eventhandling.processors", example = "product-search") String name,
        @Schema(description = "What the processor is doing on this instance") ProjectionPhase phase,
        @Schema(description = "Highest global position in the event store", example = "1842") long head,
        @Schema(description = "Position of the slowest segment this instance holds; absent when it holds none",
                example = "1840") Long position,
        @Schema(description = "Events between the head and the slowest segment held here; absent when none is held "
                + "(another replica may hold them all)", example = "2") Long lag,
        @Schema(description = "Segments in the token store, held by any instance", example = "2") int totalSegments,
        @Schema(description = "Whether the processor can be reset and replayed (the Kafka publisher cannot)")
        boolean replayable,
        List<SegmentStatus> segments,
        @Schema(description = "The last replay into a fresh target (POST …/replay); phase IDLE when there was none")
        ReplayStatus replay) {
}
