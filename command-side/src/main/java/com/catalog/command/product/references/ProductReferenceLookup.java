package com.catalog.command.product.references;

import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductReferenceReassignedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code event_store.product_reference_lookup} in step with the product events. Its processing group is a
 * subscribing processor (see {@link ProductReferenceLookupConfiguration}): it runs while the command's unit of
 * work prepares to commit, inside the transaction that appends the event, so row and event commit together.
 * Both versions count: {@code category_id}/{@code brand_id} are the staged (latest) references, {@code current_*}
 * those buyers see; a staged move already binds the product, and the category it leaves still does until published.
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
                        INSERT INTO event_store.product_reference_lookup (product_id, category_id, brand_id, active,
                                                                          current_category_id, current_brand_id)
                        VALUES (?, ?, ?, TRUE, ?, ?) ON CONFLICT (product_id) DO NOTHING""")
                .params(event.productId(), event.categoryId(), event.brandId(), event.categoryId(), event.brandId())
                .update();
    }

    /** A staged change moves the staged (latest) columns only; buyers' version moves when it is published. */
    @EventHandler
    void on(ProductDetailsChangedEvent event) {
        if (event.changedFields().contains("categoryId")) {
            upsert(event.productId(), "category_id", event.after().categoryId(), !event.staged());
        }
        if (event.changedFields().contains("brandId")) {
            upsert(event.productId(), "brand_id", event.after().brandId(), !event.staged());
        }
    }

    /** Each version that referred to the deleted category or brand refers to its replacement now. */
    @EventHandler
    void on(ProductReferenceReassignedEvent event) {
        String column = event.reference().equals("categoryId") ? "category_id" : "brand_id";
        jdbc.sql("""
                        UPDATE event_store.product_reference_lookup
                        SET %1$s = CASE WHEN %1$s = ? THEN ? ELSE %1$s END,
                            current_%1$s = CASE WHEN current_%1$s = ? THEN ? ELSE current_%1$s END
                        WHERE product_id = ?""".formatted(column))
                .params(event.fromId(), event.toId(), event.fromId(), event.toId(), event.productId()).update();
    }

    @EventHandler
    void on(ProductPublishedEvent event) {
        copyVersion(event.productId(), true);
    }

    @EventHandler
    void on(ProductStagedChangesPublishedEvent event) {
        copyVersion(event.productId(), true);
    }

    @EventHandler
    void on(ProductStagedChangesDiscardedEvent event) {
        copyVersion(event.productId(), false);
    }

    /** An undo may bring back another category or brand, in either version: both are set as they were then. */
    @EventHandler
    void on(ProductRevertedEvent event) {
        jdbc.sql("""
                        INSERT INTO event_store.product_reference_lookup (product_id, category_id, brand_id, active,
                                                                          current_category_id, current_brand_id)
                        VALUES (?, ?, ?, TRUE, ?, ?)
                        ON CONFLICT (product_id) DO UPDATE SET category_id = EXCLUDED.category_id,
                            brand_id = EXCLUDED.brand_id, current_category_id = EXCLUDED.current_category_id,
                            current_brand_id = EXCLUDED.current_brand_id""")
                .params(event.productId(), event.staged().categoryId(), event.staged().brandId(),
                        event.current().categoryId(), event.current().brandId())
                .update();
    }

    @EventHandler
    void on(ProductDiscontinuedEvent event) {
        setActive(event.productId(), false);
    }

    @EventHandler
    void on(ProductRestoredEvent event) {
        setActive(event.productId(), true);
    }

    /**
     * Products created before the table existed have no row yet: the first reference creates it.
     *
     * @param current whether the current version (buyers') takes the value too
     */
    private void upsert(String productId, String column, String value, boolean current) {
        String sql = """
                INSERT INTO event_store.product_reference_lookup (product_id, %1$s, current_%1$s, active)
                VALUES (?, ?, ?, TRUE)
                ON CONFLICT (product_id) DO UPDATE SET %1$s = EXCLUDED.%1$s""" + (current ? ", current_%1$s = EXCLUDED.%1$s" : "");
        jdbc.sql(sql.formatted(column)).params(productId, value, value).update();
    }

    /** Publish: the staged references become current; discard: the current ones staged again. */
    private void copyVersion(String productId, boolean stagedToCurrent) {
        jdbc.sql(stagedToCurrent
                        ? "UPDATE event_store.product_reference_lookup SET current_category_id = category_id, "
                        + "current_brand_id = brand_id WHERE product_id = ?"
                        : "UPDATE event_store.product_reference_lookup SET category_id = current_category_id, "
                        + "brand_id = current_brand_id WHERE product_id = ?")
                .param(productId).update();
    }

    private void setActive(String productId, boolean active) {
        jdbc.sql("UPDATE event_store.product_reference_lookup SET active = ? WHERE product_id = ?")
                .params(active, productId).update();
    }
}
