package com.catalog.inventory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Types;
import java.util.List;

/**
 * The {@code inventory.stock_item} table. Every write is one statement guarded by the product's last applied
 * sequence, so concurrent or repeated deliveries (Kafka and a catch-up at the same time) cannot move a row backwards.
 */
@Repository
class StockItems {

    static final String PUBLISHED = "PUBLISHED";
    /** The SKUs once the staged ones are published: without the staged removals, with the staged additions. */
    private static final String PUBLISHED_SKUS = """
            ARRAY(SELECT s FROM unnest(stock_item.skus) AS s WHERE s <> ALL (stock_item.staged_skus_removed))
              || ARRAY(SELECT a FROM unnest(stock_item.staged_skus_added) AS a WHERE a <> ALL (stock_item.skus))""";

    private final JdbcTemplate jdbc;

    StockItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if the event id was handled before */
    boolean remember(String eventId, String productId) {
        return jdbc.update("INSERT INTO inventory.applied_event (event_id, product_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                eventId, productId) == 1;
    }

    /** @return false if a newer event of the product was applied already */
    boolean created(CatalogEvent event, List<String> skus, String status) {
        return jdbc.update("""
                INSERT INTO inventory.stock_item (product_id, skus, status, sellable, last_sequence, last_position)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (product_id) DO UPDATE
                   SET skus = EXCLUDED.skus, status = EXCLUDED.status, sellable = EXCLUDED.sellable,
                       last_sequence = EXCLUDED.last_sequence,
                       last_position = COALESCE(EXCLUDED.last_position, stock_item.last_position), updated_at = now()
                 WHERE stock_item.last_sequence < EXCLUDED.last_sequence
                """, ps -> {
            ps.setString(1, event.productId());
            ps.setArray(2, ps.getConnection().createArrayOf("text", skus.toArray()));
            ps.setString(3, status);
            ps.setBoolean(4, PUBLISHED.equals(status));
            ps.setLong(5, event.sequence());
            setPosition(ps, 6, event.position());
        }) == 1;
    }

    /**
     * A lifecycle change. A row missing here means the product's creation is older than what this subscriber
     * ever read (it skipped the catch-up); the row is created without SKUs so the status is still right. A
     * publication also makes the staged SKUs buyable.
     */
    boolean statusChanged(CatalogEvent event, String status, boolean publishesStagedSkus) {
        return jdbc.update("""
                INSERT INTO inventory.stock_item (product_id, status, sellable, last_sequence, last_position)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (product_id) DO UPDATE
                   SET status = EXCLUDED.status, sellable = EXCLUDED.sellable, last_sequence = EXCLUDED.last_sequence,
                       skus = CASE WHEN ? THEN %s ELSE stock_item.skus END,
                       staged_skus_added = CASE WHEN ? THEN '{}' ELSE stock_item.staged_skus_added END,
                       staged_skus_removed = CASE WHEN ? THEN '{}' ELSE stock_item.staged_skus_removed END,
                       last_position = COALESCE(EXCLUDED.last_position, stock_item.last_position), updated_at = now()
                 WHERE stock_item.last_sequence < EXCLUDED.last_sequence
                """.formatted(PUBLISHED_SKUS), ps -> {
            ps.setString(1, event.productId());
            ps.setString(2, status);
            ps.setBoolean(3, PUBLISHED.equals(status));
            ps.setLong(4, event.sequence());
            setPosition(ps, 5, event.position());
            ps.setBoolean(6, publishesStagedSkus);
            ps.setBoolean(7, publishesStagedSkus);
            ps.setBoolean(8, publishesStagedSkus);
        }) == 1;
    }

    /** An event that changes nothing inventory keeps (e.g. the price) still moves the product's sequence. */
    boolean sequenceOnly(CatalogEvent event) {
        return jdbc.update("""
                UPDATE inventory.stock_item
                   SET last_sequence = ?, last_position = COALESCE(?, last_position), updated_at = now()
                 WHERE product_id = ? AND last_sequence < ?
                """, event.sequence(), event.position(), event.productId(), event.sequence()) == 1;
    }

    /** A variant's SKU joins the product's SKUs (once, however often the event comes). */
    boolean skuAdded(CatalogEvent event, String sku) {
        return jdbc.update("""
                UPDATE inventory.stock_item
                   SET skus = CASE WHEN ? = ANY (skus) THEN skus ELSE array_append(skus, ?::text) END,
                       last_sequence = ?, last_position = COALESCE(?, last_position), updated_at = now()
                 WHERE product_id = ? AND last_sequence < ?
                """, sku, sku, event.sequence(), event.position(), event.productId(), event.sequence()) == 1;
    }

    /** A removed variant's SKU leaves the product's SKUs. */
    boolean skuRemoved(CatalogEvent event, String sku) {
        return jdbc.update("""
                UPDATE inventory.stock_item
                   SET skus = array_remove(skus, ?::text),
                       last_sequence = ?, last_position = COALESCE(?, last_position), updated_at = now()
                 WHERE product_id = ? AND last_sequence < ?
                """, sku, event.sequence(), event.position(), event.productId(), event.sequence()) == 1;
    }

    /** A staged variant's SKU waits until its product publishes (or discards) its staged changes. */
    boolean stagedSkuAdded(CatalogEvent event, String sku) {
        return jdbc.update("""
                UPDATE inventory.stock_item
                   SET staged_skus_added = CASE WHEN ? = ANY (staged_skus_added) OR ? = ANY (skus)
                                                THEN staged_skus_added ELSE array_append(staged_skus_added, ?::text) END,
                       staged_skus_removed = array_remove(staged_skus_removed, ?::text),
                       last_sequence = ?, last_position = COALESCE(?, last_position), updated_at = now()
                 WHERE product_id = ? AND last_sequence < ?
                """, sku, sku, sku, sku, event.sequence(), event.position(), event.productId(), event.sequence()) == 1;
    }

    /** A staged removal: the SKU stays buyable until the staged changes are published. */
    boolean stagedSkuRemoved(CatalogEvent event, String sku) {
        return jdbc.update("""
                UPDATE inventory.stock_item
                   SET staged_skus_removed = CASE WHEN ? = ANY (skus) AND NOT ? = ANY (staged_skus_removed)
                                                  THEN array_append(staged_skus_removed, ?::text) ELSE staged_skus_removed END,
                       staged_skus_added = array_remove(staged_skus_added, ?::text),
                       last_sequence = ?, last_position = COALESCE(?, last_position), updated_at = now()
                 WHERE product_id = ? AND last_sequence < ?
                """, sku, sku, sku, sku, event.sequence(), event.position(), event.productId(), event.sequence()) == 1;
    }

    /** Staged SKU changes are published (they apply) or discarded (they are dropped). */
    boolean stagedSkusSettled(CatalogEvent event, boolean published) {
        return jdbc.update("""
                UPDATE inventory.stock_item
                   SET skus = CASE WHEN ? THEN %s ELSE skus END,
                       staged_skus_added = '{}', staged_skus_removed = '{}',
                       last_sequence = ?, last_position = COALESCE(?, last_position), updated_at = now()
                 WHERE product_id = ? AND last_sequence < ?
                """.formatted(PUBLISHED_SKUS), published, event.sequence(), event.position(), event.productId(),
                event.sequence()) == 1;
    }

    /**
     * An undo: the product's SKUs are replaced by the event's versions; its status is not reverted.
     *
     * @return false if a newer event of the product was applied already (or the product is unknown here)
     */
    boolean skusReset(CatalogEvent event, SkuReset reset) {
        return jdbc.update("""
                UPDATE inventory.stock_item
                   SET skus = array_remove(ARRAY[COALESCE(?::text, skus[1])], NULL) || ?::text[],
                       staged_skus_added = ?::text[], staged_skus_removed = ?::text[],
                       last_sequence = ?, last_position = COALESCE(?, last_position), updated_at = now()
                 WHERE product_id = ? AND last_sequence < ?
                """, ps -> {
            setSkus(ps, 1, reset);
            ps.setLong(5, event.sequence());
            setPosition(ps, 6, event.position());
            ps.setString(7, event.productId());
            ps.setLong(8, event.sequence());
        }) == 1;
    }

    /**
     * A restore, with the SKUs the product has again: a subscriber that knew the product only from a tombstone
     * (status DISCONTINUED, no SKUs) gets them back, as does one that missed the product altogether.
     */
    boolean restored(CatalogEvent event, String status, SkuReset reset) {
        return jdbc.update("""
                INSERT INTO inventory.stock_item (product_id, skus, staged_skus_added, staged_skus_removed, status,
                                                  sellable, last_sequence, last_position)
                VALUES (?, array_remove(ARRAY[?::text], NULL) || ?::text[], ?::text[], ?::text[], ?, ?, ?, ?)
                ON CONFLICT (product_id) DO UPDATE
                   SET skus = array_remove(ARRAY[COALESCE(?::text, stock_item.skus[1])], NULL) || ?::text[],
                       staged_skus_added = EXCLUDED.staged_skus_added, staged_skus_removed = EXCLUDED.staged_skus_removed,
                       status = EXCLUDED.status, sellable = EXCLUDED.sellable, last_sequence = EXCLUDED.last_sequence,
                       last_position = COALESCE(EXCLUDED.last_position, stock_item.last_position), updated_at = now()
                 WHERE stock_item.last_sequence < EXCLUDED.last_sequence
                """, ps -> {
            ps.setString(1, event.productId());
            setSkus(ps, 2, reset);
            ps.setString(6, status);
            ps.setBoolean(7, PUBLISHED.equals(status));
            ps.setLong(8, event.sequence());
            setPosition(ps, 9, event.position());
            ps.setString(10, reset.ownSku());
            ps.setArray(11, ps.getConnection().createArrayOf("text", reset.variantSkus().toArray()));
        }) == 1;
    }

    /** Parameters {@code from}..{@code from + 3}: own SKU, variant SKUs, staged additions, staged removals. */
    private static void setSkus(java.sql.PreparedStatement ps, int from, SkuReset reset) throws java.sql.SQLException {
        ps.setString(from, reset.ownSku());
        ps.setArray(from + 1, ps.getConnection().createArrayOf("text", reset.variantSkus().toArray()));
        ps.setArray(from + 2, ps.getConnection().createArrayOf("text", reset.stagedAdded().toArray()));
        ps.setArray(from + 3, ps.getConnection().createArrayOf("text", reset.stagedRemoved().toArray()));
    }

    /**
     * A product's state from the state topic: its SKUs and status as of {@code state.sequence()}, replacing older
     * ones; a tombstone keeps the product as discontinued without SKUs, so its older events stay stale.
     *
     * @return false if a newer event of the product was applied already
     */
    boolean state(ProductState state) {
        return jdbc.update("""
                INSERT INTO inventory.stock_item (product_id, skus, status, sellable, last_sequence, last_position)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (product_id) DO UPDATE
                   SET skus = EXCLUDED.skus, status = EXCLUDED.status, sellable = EXCLUDED.sellable,
                       staged_skus_added = '{}', staged_skus_removed = '{}',
                       last_sequence = EXCLUDED.last_sequence, last_position = EXCLUDED.last_position, updated_at = now()
                 WHERE stock_item.last_sequence < EXCLUDED.last_sequence
                """, ps -> {
            ps.setString(1, state.productId());
            ps.setArray(2, ps.getConnection().createArrayOf("text", state.skus().toArray()));
            ps.setString(3, state.status());
            ps.setBoolean(4, PUBLISHED.equals(state.status()));
            ps.setLong(5, state.sequence());
            ps.setLong(6, state.position());
        }) == 1;
    }

    boolean bootstrappedFromStateTopic() {
        return jdbc.queryForObject("SELECT count(*) FROM inventory.state_bootstrap", Long.class) > 0;
    }

    void bootstrappedFromStateTopic(long records, long maxPosition) {
        jdbc.update("INSERT INTO inventory.state_bootstrap (id, records, max_position) VALUES (1, ?, ?)", records, maxPosition);
    }

    long catchUpPosition() {
        List<Long> positions = jdbc.queryForList("SELECT position FROM inventory.catch_up_checkpoint WHERE id = 1", Long.class);
        return positions.isEmpty() ? 0 : positions.get(0);
    }

    void catchUpReached(long position) {
        jdbc.update("""
                INSERT INTO inventory.catch_up_checkpoint (id, position) VALUES (1, ?)
                ON CONFLICT (id) DO UPDATE SET position = GREATEST(catch_up_checkpoint.position, EXCLUDED.position),
                                               updated_at = now()
                """, position);
    }

    private static void setPosition(java.sql.PreparedStatement ps, int index, Long position) throws java.sql.SQLException {
        if (position == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, position);
        }
    }
}
