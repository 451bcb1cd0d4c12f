package com.catalog.query.category;

import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.category.CategoryDeactivatedEvent;
import com.catalog.events.category.CategoryDeletedEvent;
import com.catalog.events.category.CategoryDetailsChangedEvent;
import com.catalog.events.category.CategoryFeaturedEvent;
import com.catalog.events.category.CategoryMovedEvent;
import com.catalog.events.category.CategoryReactivatedEvent;
import com.catalog.events.category.CategoryReorderedEvent;
import com.catalog.events.category.CategoryUnfeaturedEvent;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code read.category} (with materialised depth and ancestor path) in step with the category events.
 * A row's path is derived from its parent's row, so this processor runs a single segment: events of different
 * categories must be applied in store order (a child's creation after its parent's, a move after the moves above).
 */
@Component
@ProcessingGroup(CategoryProjection.PROCESSOR)
class CategoryProjection {

    static final String PROCESSOR = "category-read";

    private final CategoryRepository categories;

    CategoryProjection(CategoryRepository categories) {
        this.categories = categories;
    }

    @EventHandler
    void on(CategoryCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        categories.insert(idOf(event.categoryId()), idOrNull(event.parentId()), event.name(), event.slug(),
                event.description(), event.sortOrder(), sequence, at);
    }

    @EventHandler
    void on(CategoryDetailsChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        categories.changeDetails(idOf(event.categoryId()), event.name(), event.slug(), event.description(), sequence, at);
    }

    @EventHandler
    void on(CategoryMovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        categories.move(idOf(event.categoryId()), idOrNull(event.newParentId()), sequence, at);
    }

    @EventHandler
    void on(CategoryReorderedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        categories.setSortOrder(idOf(event.categoryId()), event.sortOrder(), sequence, at);
    }

    @EventHandler
    void on(CategoryFeaturedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        categories.setFeatured(idOf(event.categoryId()), true, sequence, at);
    }

    @EventHandler
    void on(CategoryUnfeaturedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        categories.setFeatured(idOf(event.categoryId()), false, sequence, at);
    }

    @EventHandler
    void on(CategoryDeactivatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        categories.setActive(idOf(event.categoryId()), false, sequence, at);
    }

    @EventHandler
    void on(CategoryReactivatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        categories.setActive(idOf(event.categoryId()), true, sequence, at);
    }

    @EventHandler
    void on(CategoryDeletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        categories.markDeleted(idOf(event.categoryId()), sequence, at);
    }

    @ResetHandler
    void reset() {
        categories.deleteAll();
    }

    private static UUID idOf(String id) {
        return UUID.fromString(id);
    }

    private static UUID idOrNull(String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
