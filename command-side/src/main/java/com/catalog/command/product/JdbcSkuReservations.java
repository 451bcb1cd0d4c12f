package com.catalog.command.product;

import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims SKUs in {@code event_store.product_sku_lookup}. The JdbcClient joins the Spring transaction that Axon's
 * unit of work opened, so the row and the event are appended atomically.
 */
@Repository
class JdbcSkuReservations implements SkuReservations {

    /*
     * ON CONFLICT DO NOTHING waits for a concurrent uncommitted claim of the same SKU and then skips the insert,
     * so a racing duplicate sees 0 rows instead of a unique violation that would abort the transaction.
     */
    private static final String CLAIM = """
            INSERT INTO event_store.product_sku_lookup (sku, product_id) VALUES (?, ?)
            ON CONFLICT (sku) DO NOTHING""";

    private final JdbcClient jdbc;

    JdbcSkuReservations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean reserve(Sku sku, ProductId productId) {
        return jdbc.sql(CLAIM).params(sku.value(), productId.value()).update() == 1;
    }

    @Override
    public void release(Sku sku, ProductId productId) {
        jdbc.sql("DELETE FROM event_store.product_sku_lookup WHERE sku = ? AND product_id = ?")
                .params(sku.value(), productId.value()).update();
    }
}
