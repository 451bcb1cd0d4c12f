package com.catalog.command.product.references;

import com.catalog.command.product.CatalogReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Checks references against the category and brand side's own tables, written in their commands' transactions:
 * {@code event_store.category_tree} and {@code event_store.brand_lookup} hold exactly the categories and brands not
 * deleted, and the tree's {@code active} column whether a category is deactivated (written under the same lock).
 * <p>
 * Before it reads, it takes the category tree's (or brand lookup's) transaction-scoped advisory lock in shared mode.
 * Deletions take the same lock exclusively before they count a category's or brand's products, and deactivations
 * before they change the flag, so a product write and a deletion or deactivation of what it references are
 * serialised, while product writes do not wait for one another.
 */
@Repository
class JdbcCatalogReferences implements CatalogReferences {

    /** The key of {@code category.JdbcCategoryTree}'s lock; {@code CatalogReferencesLockTest} keeps them equal. */
    static final long CATEGORY_TREE_LOCK_KEY = 0x63617465676F7279L;
    /** The key of {@code brand.JdbcBrandLookup}'s lock; {@code CatalogReferencesLockTest} keeps them equal. */
    static final long BRAND_LOOKUP_LOCK_KEY = 0x6272616E64L;

    private final JdbcClient jdbc;

    JdbcCatalogReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean categoryUsable(String categoryId) {
        lockShared(CATEGORY_TREE_LOCK_KEY);
        return jdbc.sql("SELECT count(*) FROM event_store.category_tree WHERE category_id = ? AND active")
                .param(categoryId).query(Long.class).single() > 0;
    }

    @Override
    public boolean brandUsable(String brandId) {
        lockShared(BRAND_LOOKUP_LOCK_KEY);
        return jdbc.sql("SELECT count(*) FROM event_store.brand_lookup WHERE brand_id = ?")
                .param(brandId).query(Long.class).single() > 0;
    }

    private void lockShared(long key) {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(?)").param(key).query((rs, row) -> true).single();
    }
}
