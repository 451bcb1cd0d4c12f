package com.catalog.query.product.stats;

import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductEvent;
import com.catalog.query.browse.ProductFigures;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code product_stats} and the price and status history in step with every product event. One
 * product's events reach one segment in order, so the row read before a change is the one its previous event left;
 * a row at or past the event's sequence is left alone (redelivery), and history rows are keyed by the sequence.
 */
@Component
@ProcessingGroup(ProductFigures.PROCESSOR)
class ProductStatsProjection {

    static final String PROCESSOR = ProductFigures.PROCESSOR;

    private final ProductStatsRepository stats;

    ProductStatsProjection(ProductStatsRepository stats) {
        this.stats = stats;
    }

    @EventHandler
    void on(ProductCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ProductFacts facts = ProductFacts.created(event, sequence, at);
        stats.upsert(facts);
        stats.recordStatus(facts.id(), sequence, facts.status(), at);
        stats.recordPrices(facts.id(), sequence, PriceChanges.between(List.of(), facts.prices()), at);
    }

    /** Every other product event; the sealed interface names them all. */
    @EventHandler
    void on(ProductEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = UUID.fromString(event.productId());
        stats.findById(id).filter(before -> before.lastSequence() < sequence).ifPresent(before -> {
            ProductFacts after = before.after(event, sequence, at);
            stats.upsert(after);
            if (after.status() != before.status()) {
                stats.recordStatus(id, sequence, after.status(), at);
            }
            stats.recordPrices(id, sequence, PriceChanges.between(before.prices(), after.prices()), at);
        });
    }

    @ResetHandler
    void reset() {
        stats.deleteAll();
    }
}
