package com.catalog.query.integration.snapshot;

import com.catalog.events.integration.ProductStateV1;
import com.catalog.query.integration.AggregateHistory;
import com.catalog.query.integration.PublisherPositions;
import com.catalog.query.integration.state.ProductPublicState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * Pages through the public state of every product as it was at one global position, folded from the event store
 * with the same rule as the state topic. The position is fixed by the first page (how far {@code catalog.product.v1}
 * is published without holes) and carried by the caller, so every page describes the same moment however long the
 * paging takes, and a subscriber continues on the event topics right after it.
 */
@Service
class ProductSnapshot {

    private final JdbcClient jdbc;
    private final AggregateHistory history;
    private final PublisherPositions positions;

    ProductSnapshot(JdbcClient jdbc, AggregateHistory history, PublisherPositions positions) {
        this.jdbc = jdbc;
        this.history = history;
        this.positions = positions;
    }

    /** The position a new snapshot is taken at. */
    long currentPosition() {
        return positions.productEventsPublishedUpTo();
    }

    /**
     * @param position     the snapshot's position: at most {@link #currentPosition()}
     * @param afterProduct the last product id of the previous page (exclusive), or null for the first page
     */
    ProductSnapshotPage page(long position, String afterProduct, int limit) {
        List<ProductAt> products = productsAt(position, afterProduct == null ? "" : afterProduct, limit);
        List<ProductStateV1> items = products.stream().map(this::state).flatMap(Optional::stream).toList();
        String next = products.size() < limit ? null : products.get(products.size() - 1).productId();
        return new ProductSnapshotPage(position, items, next);
    }

    /**
     * Products created at or below the position, in id order, each with its last event there. Both parts walk the
     * event table's unique (aggregate id, sequence) index, so a page costs its products, not the table.
     */
    private List<ProductAt> productsAt(long position, String afterProduct, int limit) {
        return jdbc.sql("""
                        SELECT p.aggregate_identifier, last.sequence_number, last.global_index
                          FROM (SELECT aggregate_identifier FROM event_store.domain_event_entry
                                 WHERE type = 'Product' AND sequence_number = 0 AND aggregate_identifier > :after
                                   AND global_index <= :position
                                 ORDER BY aggregate_identifier LIMIT :limit) p
                         CROSS JOIN LATERAL (SELECT sequence_number, global_index FROM event_store.domain_event_entry e
                                 WHERE e.aggregate_identifier = p.aggregate_identifier AND e.global_index <= :position
                                 ORDER BY e.sequence_number DESC LIMIT 1) last
                         ORDER BY p.aggregate_identifier
                        """)
                .param("after", afterProduct)
                .param("position", position)
                .param("limit", limit)
                .query((row, i) -> new ProductAt(row.getString(1), row.getLong(2), row.getLong(3)))
                .list();
    }

    /** Empty for a discontinued product: it has no public state (a tombstone on the state topic). */
    private Optional<ProductStateV1> state(ProductAt product) {
        return ProductPublicState.of(history.before(product.productId(), product.sequence() + 1), product.position());
    }

    private record ProductAt(String productId, long sequence, long position) {
    }
}
