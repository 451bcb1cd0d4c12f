package com.catalog.query.product.details;

import com.catalog.events.product.ProductEvent;
import java.util.UUID;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * Follows the event store from its head on every instance (not a processor: no token is stored and no segment is
 * shared, because each instance must see every product's changes to evict its own {@link ProductPages}). Only
 * the payload type and aggregate id of each event are read, never the payload. When the stream fails the cache is
 * emptied and switched off, and the tail starts again from where it was after {@code retry-delay}.
 */
@Component
class ProductPageChanges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProductPageChanges.class);
    private static final int POLL_SECONDS = 1;

    private final EventStore eventStore;
    private final ProductPages pages;
    private final long retryMillis;
    private volatile boolean running;
    private Thread thread;

    ProductPageChanges(EventStore eventStore, ProductPages pages, ProductPageCacheProperties properties) {
        this.eventStore = eventStore;
        this.pages = pages;
        this.retryMillis = properties.retryDelay().toMillis();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::follow, "product-page-changes");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        pages.lost();
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void follow() {
        TrackingToken position = null;
        while (running) {
            try {
                if (position == null) {
                    position = eventStore.createHeadToken();
                }
                try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(position)) {
                    pages.following();
                    while (running) {
                        pages.alive();
                        if (stream.hasNextAvailable(POLL_SECONDS, TimeUnit.SECONDS)) {
                            TrackedEventMessage<?> event = stream.nextAvailable();
                            position = event.trackingToken();
                            evict(event);
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                pages.lost();
                log.warn("Lost the event store; product pages are not cached until it is back: {}", e.toString());
                pause();
            }
        }
    }

    private void evict(TrackedEventMessage<?> event) {
        if (event instanceof DomainEventMessage<?> domain && ProductEvent.class.isAssignableFrom(event.getPayloadType())) {
            try {
                pages.changed(UUID.fromString(domain.getAggregateIdentifier()), domain.getSequenceNumber());
            } catch (IllegalArgumentException notUuid) {
                // no page is addressed by such an id (the route takes UUIDs), so none can be stale
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(retryMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
