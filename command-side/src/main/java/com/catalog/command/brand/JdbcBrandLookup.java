package com.catalog.command.brand;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Brand names and slugs in {@code event_store.brand_lookup}. The advisory lock serialises claims, so the check
 * and the write see the same state; the unique constraints stay as the last line of defence.
 */
@Repository
class JdbcBrandLookup implements BrandLookup {

    /** Arbitrary but fixed: the key of the transaction-scoped advisory lock guarding brand names and slugs. */
    private static final long LOOKUP_LOCK_KEY = 0x6272616E64L;

    private static final String CLAIM = """
            INSERT INTO event_store.brand_lookup (brand_id, name_key, slug) VALUES (?, ?, ?)
            ON CONFLICT (brand_id) DO UPDATE SET name_key = EXCLUDED.name_key, slug = EXCLUDED.slug""";

    private final JdbcClient jdbc;

    JdbcBrandLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOOKUP_LOCK_KEY).query((rs, row) -> true).single();
    }

    @Override
    public boolean contains(String brandId) {
        return count("SELECT count(*) FROM event_store.brand_lookup WHERE brand_id = ?", brandId) > 0;
    }

    @Override
    public boolean nameTakenByOther(String nameKey, String brandId) {
        return count("SELECT count(*) FROM event_store.brand_lookup WHERE name_key = ? AND brand_id <> ?", nameKey, brandId) > 0;
    }

    @Override
    public boolean slugTakenByOther(String slug, String brandId) {
        return count("SELECT count(*) FROM event_store.brand_lookup WHERE slug = ? AND brand_id <> ?", slug, brandId) > 0;
    }

    @Override
    public void claim(String brandId, String nameKey, String slug) {
        jdbc.sql(CLAIM).params(brandId, nameKey, slug).update();
    }

    @Override
    public void release(String brandId) {
        jdbc.sql("DELETE FROM event_store.brand_lookup WHERE brand_id = ?").param(brandId).update();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
