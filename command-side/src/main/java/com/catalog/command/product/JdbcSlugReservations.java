package com.catalog.command.product;

import com.catalog.events.value.ProductId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claims slugs in {@code event_store.product_slug_lookup}, in the transaction of the event append. */
@Repository
class JdbcSlugReservations implements SlugReservations {

    /*
     * A concurrent uncommitted claim of the same slug makes this wait, then the conflict branch runs: the no-op
     * update touches the row (1) only when the holder is this very product, else nothing (0).
     */
    private static final String CLAIM = """
            INSERT INTO event_store.product_slug_lookup (slug, product_id) VALUES (?, ?)
            ON CONFLICT (slug) DO UPDATE SET product_id = EXCLUDED.product_id
            WHERE product_slug_lookup.product_id = EXCLUDED.product_id""";

    private final JdbcClient jdbc;

    JdbcSlugReservations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean reserve(String slug, ProductId productId) {
        return jdbc.sql(CLAIM).params(slug, productId.value()).update() == 1;
    }
}
