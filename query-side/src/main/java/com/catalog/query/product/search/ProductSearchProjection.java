package com.catalog.query.product.search;

import com.catalog.events.product.ProductCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Instant;

/** Keeps the {@code catalog-products} index in step with the product events. */
@Component
@ProcessingGroup(ProductSearchProjection.PROCESSOR)
class ProductSearchProjection {

    static final String PROCESSOR = "product-search";

    private final ProductIndexWriter writer;
    private final ProductIndexAdministration administration;

    ProductSearchProjection(ProductIndexWriter writer, ProductIndexAdministration administration) {
        this.writer = writer;
        this.administration = administration;
    }

    @EventHandler
    void on(ProductCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        PendingIndexOperations.ofCurrentBatch(writer)
                .add(IndexOperation.of(ProductDocument.created(event, occurredAt), sequence));
    }

    @ResetHandler
    void reset() throws IOException {
        administration.recreate();
    }
}
