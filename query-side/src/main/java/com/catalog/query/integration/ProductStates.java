package com.catalog.query.integration;

import com.catalog.events.product.ProductEvent;
import com.catalog.query.integration.state.ProductPublicState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each product's state after its latest event, kept incrementally: the state after event {@code n} is the cached
 * state after {@code n - 1} with event {@code n} applied, and the product's history is read from the event store only
 * on a miss (first sight since a start, a product evicted from the bounded cache, or any other sequence: a
 * redelivery after a failed batch, a segment that another replica handled meanwhile). Events are immutable, so a
 * state cached once for a sequence stays right whatever happens to the batch that computed it.
 */
@Component
class ProductStates {

    private final AggregateHistory history;
    private final Map<String, ProductPublicState> latest;
    private final Counter historyReads;

    ProductStates(AggregateHistory history, IntegrationProperties properties, MeterRegistry meters) {
        this.history = history;
        this.latest = lru(properties.stateCacheSize());
        this.historyReads = Counter.builder("catalog.integration.state.history.reads")
                .description("Product histories the state publisher read from the event store (cache misses)")
                .register(meters);
    }

    /** @return the product's state after {@code event}, its event number {@code sequence} */
    ProductPublicState after(ProductEvent event, long sequence) {
        ProductPublicState before;
        synchronized (latest) {
            before = latest.get(event.productId());
        }
        ProductPublicState after = before != null && before.sequence() == sequence - 1
                ? before.next(event) : folded(event, sequence);
        synchronized (latest) {
            latest.put(event.productId(), after);
        }
        return after;
    }

    private ProductPublicState folded(ProductEvent event, long sequence) {
        historyReads.increment();
        List<Object> events = new ArrayList<>(history.before(event.productId(), sequence));
        events.add(event);
        return ProductPublicState.folded(events);
    }

    private static Map<String, ProductPublicState> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ProductPublicState> eldest) {
                return size() > capacity;
            }
        };
    }
}
