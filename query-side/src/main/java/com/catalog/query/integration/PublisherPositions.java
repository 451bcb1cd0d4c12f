package com.catalog.query.integration;

import com.catalog.query.eventstore.StoredTokens;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.OptionalLong;

/**
 * How far a publisher processor has published, read from its stored tokens rather than from the processor's
 * in-memory status: while Kafka is down, a failing batch releases its segment, so the in-memory status is empty
 * exactly when the lag matters. The stored token is also the same on every replica, so the lag is global.
 */
@Component
public class PublisherPositions {

    private final StoredTokens storedTokens;
    private final EventStorageEngine eventStore;

    PublisherPositions(StoredTokens storedTokens, EventStorageEngine eventStore) {
        this.storedTokens = storedTokens;
        this.eventStore = eventStore;
    }

    long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /**
     * @return the lowest position over the processor's segments (0 for a segment that has handled nothing yet);
     *         empty when the processor has no stored segments yet or a token of another kind (not expected for
     *         publishers, which are never replayed)
     */
    OptionalLong slowestPosition(String processor) {
        Collection<TrackingToken> tokens = storedTokens.of(processor).values();
        if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t != null && !(t instanceof GapAwareTrackingToken))) {
            return OptionalLong.empty();
        }
        return tokens.stream().mapToLong(t -> t == null ? 0 : ((GapAwareTrackingToken) t).getIndex()).min();
    }

    /**
     * How far {@code catalog.product.v1} is published without holes: the lowest position over the product
     * publisher's segments below which every event is on Kafka (a segment's open gaps — transactions not committed
     * yet — keep it below them). 0 before the publisher stored anything.
     */
    public long productEventsPublishedUpTo() {
        return storedTokens.of(ProductIntegrationPublisher.PROCESSOR).values().stream()
                .mapToLong(PublisherPositions::gapFreePosition).min().orElse(0);
    }

    private static long gapFreePosition(TrackingToken token) {
        if (!(token instanceof GapAwareTrackingToken gapAware)) {
            return 0;
        }
        long lowestGap = gapAware.getGaps().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
        return Math.min(gapAware.getIndex(), lowestGap - 1);
    }
}
