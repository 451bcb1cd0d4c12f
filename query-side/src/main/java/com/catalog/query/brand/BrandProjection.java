package com.catalog.query.brand;

import com.catalog.events.brand.BrandCreatedEvent;
import com.catalog.events.brand.BrandDeletedEvent;
import com.catalog.events.brand.BrandFeaturedEvent;
import com.catalog.events.brand.BrandUnfeaturedEvent;
import com.catalog.events.brand.BrandUpdatedEvent;
import com.catalog.query.brand.BrandRepository.BrandDetailsValues;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Keeps {@code read.brand} in step with the brand events; each row depends on its own events only. */
@Component
@ProcessingGroup(BrandProjection.PROCESSOR)
class BrandProjection {

    static final String PROCESSOR = "brand-read";

    private final BrandRepository brands;

    BrandProjection(BrandRepository brands) {
        this.brands = brands;
    }

    @EventHandler
    void on(BrandCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        brands.insert(idOf(event.brandId()), new BrandDetailsValues(event.name(), event.slug(), event.description(),
                event.logoUrl(), event.websiteUrl()), sequence, at);
    }

    @EventHandler
    void on(BrandUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        brands.changeDetails(idOf(event.brandId()), new BrandDetailsValues(event.name(), event.slug(), event.description(),
                event.logoUrl(), event.websiteUrl()), sequence, at);
    }

    @EventHandler
    void on(BrandFeaturedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        brands.setFeatured(idOf(event.brandId()), true, sequence, at);
    }

    @EventHandler
    void on(BrandUnfeaturedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        brands.setFeatured(idOf(event.brandId()), false, sequence, at);
    }

    @EventHandler
    void on(BrandDeletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        brands.markDeleted(idOf(event.brandId()), sequence, at);
    }

    @ResetHandler
    void reset() {
        brands.deleteAll();
    }

    private static UUID idOf(String id) {
        return UUID.fromString(id);
    }
}
