package com.catalog.query.integration.catchup;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A page of public integration events in global order. */
@Schema(description = "A page of public integration events in event-store order")
record IntegrationEventPage(
        List<IntegrationEventItem> items,
        @Schema(description = "Position of the last event examined (published or not); pass as `after` for the next "
                + "page. Equals `after` when the page is empty") long next,
        @Schema(description = "The event store's head position when the page was read; caught up once next >= head")
        long head) {
}
