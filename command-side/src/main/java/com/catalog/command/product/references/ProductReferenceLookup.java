package com.catalog.command.product.references;

import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductReferenceReassignedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductRevertedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code event_store.product_reference_lookup} in step with the product events. Its processing group is a
 * subscribing processor (see {@link ProductReferenceLookupConfiguration}): it runs while the command's unit of
 * work prepares to commit, inside the transaction that appends the event, so row and event commit together.
 * The latest (possibly staged) category and brand count: a staged move already binds the product.
 */
@Component
@ProcessingGroup(ProductReferenceLookup.GROUP)
class ProductReferenceLookup {

    static final String GROUP = "product-reference-lookup";

    private final JdbcClient jdbc;

    ProductReferenceLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProductCreatedEvent event) {
        jdbc.sql("""
                        INSERT INTO event_store.product_reference_lookup (product_id, category_id, brand_id, active)
                        VALUES (?, ?, ?, TRUE) ON CONFLICT (product_id) DO NOTHING""")
                .params(event.productId(), event.categoryId(), event.brandId()).update();
    }

    @EventHandler
    void on(ProductDetailsChangedEvent event) {
        if (event.changedFields().contains("categoryId")) {
            upsert(event.productId(), "category_id", event.after().categoryId());
        }
        if (event.changedFields().contains("brandId")) {
            upsert(event.productId(), "brand_id", event.after().brandId());
        }
    }

    @EventHandler
    void on(ProductReferenceReassignedEvent event) {
        upsert(event.productId(), event.reference().equals("categoryId") ? "category_id" : "brand_id", event.toId());
    }

    /** An undo may bring back another category or brand: the staged version's are the latest. */
    @EventHandler
    void on(ProductRevertedEvent event) {
        upsert(event.productId(), "category_id", event.staged().categoryId());
        upsert(event.productId(), "brand_id", event.staged().brandId());
    }

    @EventHandler
    void on(ProductDiscontinuedEvent event) {
        setActive(event.productId(), false);
    }

    @EventHandler
    void on(ProductRestoredEvent event) {
        setActive(event.productId(), true);
    }

    /** Products created before the table existed have no row yet: the first reference creates it. */
    private void upsert(String productId, String column, String value) {
        jdbc.sql("""
                        INSERT INTO event_store.product_reference_lookup (product_id, %1$s, active) VALUES (?, ?, TRUE)
                        ON CONFLICT (product_id) DO UPDATE SET %1$s = EXCLUDED.%1$s""".formatted(column))
                .params(productId, value).update();
    }

    private void setActive(String productId, boolean active) {
        jdbc.sql("UPDATE event_store.product_reference_lookup SET active = ? WHERE product_id = ?")
                .params(active, productId).update();
    }
}
