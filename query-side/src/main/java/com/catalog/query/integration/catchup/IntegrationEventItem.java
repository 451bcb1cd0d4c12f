package com.catalog.query.integration.catchup;

import com.catalog.query.integration.IntegrationEventEnvelope;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** One public integration event as the catch-up API returns it: the CloudEvents attributes plus its position. */
@Schema(description = "A public integration event with its CloudEvents attributes and its event-store position")
record IntegrationEventItem(
        @Schema(description = "Global event-store position; pass the last one as `after` to continue") long position,
        @Schema(description = "CloudEvents id, equal to the Kafka header ce_id") String id,
        @Schema(description = "CloudEvents type, e.g. com.catalog.product.created.v1") String type,
        @Schema(description = "The Kafka topic of this type: catalog.product.v1, catalog.category.v1 or catalog.brand.v1")
        String topic,
        @Schema(description = "CloudEvents source") String source,
        @Schema(description = "CloudEvents subject: the aggregate (product, category, brand) id, the Kafka key") String subject,
        @Schema(description = "CloudEvents time: commit time on the write side") Instant time,
        @Schema(description = "Aggregate sequence number, equal to the Kafka header ce_sequence") long sequence,
        @Schema(description = "The integration event body, as in the Kafka record value; validates against "
                + "integration-schemas/<type>.schema.json", type = "object") Object data) {

    static IntegrationEventItem of(long position, IntegrationEventEnvelope event) {
        return new IntegrationEventItem(position, event.id(), event.type(), event.topic(),
                event.source().toString(), event.subject(),
                event.time(), event.sequence(), event.data());
    }
}
