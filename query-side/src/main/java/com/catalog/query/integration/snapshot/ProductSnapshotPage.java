package com.catalog.query.integration.snapshot;

import com.catalog.events.integration.ProductStateV1;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of the product snapshot. */
@Schema(description = "A page of the public state of every product at one event-store position")
record ProductSnapshotPage(
        @Schema(description = "The snapshot's global event-store position: every item reflects exactly the events at "
                + "or below it. Pass it as `position` with every further page; afterwards continue on "
                + "catalog.product.v1 with the records whose catalog_position is above it (or on "
                + "GET /api/v1/integration/events?after=<position>)", example = "4711") long position,
        @Schema(description = "Product states in product-id order (discontinued products are left out); each "
                + "validates against integration-schemas/com.catalog.product.state.v1.schema.json") List<ProductStateV1> items,
        @Schema(description = "Pass as `afterProduct` for the next page; absent on the last page",
                example = "0b6f7c1e-2f1a-4c55-9d1e-8a1f0c3b2d4e") String next) {
}
